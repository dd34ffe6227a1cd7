import type { ImportContext } from './register-index';
import { validateForums } from './validate-forums';

const HEADERS = ['Forum external ID', 'Forum', 'Forum kind', 'Forum place', 'Organisation', 'Voting', 'Chair', 'From', 'To'];
const organisation = (id: string, name: string, odsCode: string | null) => ({
  id,
  name,
  odsCode,
  kind: 'OTHER' as const,
  sector: 'INDEPENDENT' as const,
  placeIds: [],
  weight: null,
  externalId: null,
  archived: false,
});
const board = { id: 'f1', name: 'North Place Board', kind: 'PLACE_BOARD' as const, placeId: 'p1', externalId: 'F-1', archived: false };
const context: ImportContext = {
  places: [{ id: 'p1', name: 'Example North', localAuthority: null, onsCode: 'E06000001', externalId: null, archived: false }],
  organisations: [organisation('o1', 'Example Hospitals NHS Trust', 'RXN'), organisation('o2', 'Example Voice', null)],
  forums: [board, { id: 'f2', name: 'South Place Board', kind: 'PLACE_BOARD', placeId: null, externalId: null, archived: false }],
  seats: [
    { id: 's1', forumId: 'f1', organisationId: 'o1', voting: true, chair: true, from: '2024-04-01', to: null },
    { id: 's2', forumId: 'f1', organisationId: 'o2', voting: false, chair: false, from: '2024-04-01', to: null },
  ],
  people: [],
  decisions: [],
};

describe('validateForums', () => {
  it('groups seat rows into a new forum and its seats, with defaults for blank Voting and Chair', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['', 'Example ICP', 'Integrated care partnership', '', 'RXN', '', '', '2024-04-01', ''],
          ['', 'example icp', 'ICP', '', 'Example Voice', 'no', 'yes', '01/04/2024', '31/03/2025'],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.forums).toEqual([{ row: 2, existingId: null, matched: null, change: 'create', changes: {}, key: 'example icp', externalId: null, name: 'Example ICP', kind: 'ICP', placeId: null }]);
    expect(result.seats).toEqual([
      { row: 2, existingId: null, matched: null, change: 'create', changes: {}, forumKey: 'example icp', organisationId: 'o1', voting: true, chair: false, from: '2024-04-01', to: null },
      { row: 3, existingId: null, matched: null, change: 'create', changes: {}, forumKey: 'example icp', organisationId: 'o2', voting: false, chair: true, from: '2024-04-01', to: '2025-03-31' },
    ]);
  });

  it('changes nothing when the register already holds the forum and its seats', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['F-1', 'North Place Board', 'Place board', 'E06000001', 'RXN', 'yes', 'yes', '2024-04-01', ''],
          ['F-1', 'North Place Board', 'PLACE_BOARD', 'Example North', 'Example Voice', 'no', 'no', '2024-04-01', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.forums.map((forum) => [forum.key, forum.existingId, forum.change])).toEqual([['F-1', 'f1', 'unchanged']]);
    expect(result.seats.map((seat) => [seat.existingId, seat.change])).toEqual([
      ['s1', 'unchanged'],
      ['s2', 'unchanged'],
    ]);
  });

  it('lists exactly what changes on a forum and a seat, and adds a seat that starts on a new date', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['F-1', 'North Place Board', 'Programme board', '', 'RXN', 'yes', 'no', '2024-04-01', '2025-03-31'],
          ['F-1', 'North Place Board', 'Programme board', '', 'RXN', 'yes', 'yes', '2025-04-01', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.forums[0].changes).toEqual({ kind: { from: 'PLACE_BOARD', to: 'PROGRAMME_BOARD' }, placeId: { from: 'p1', to: null } });
    expect(result.seats.map((seat) => [seat.existingId, seat.change, seat.changes])).toEqual([
      ['s1', 'update', { chair: { from: true, to: false }, to: { from: null, to: '2025-03-31' } }],
      [null, 'create', {}],
    ]);
    expect(result.forums[0].matched).toEqual({ name: 'North Place Board', by: 'externalId' });
    expect(result.seats.map((seat) => seat.matched)).toEqual([{ name: 'North Place Board: Example Hospitals NHS Trust from 2024-04-01', by: 'seat' }, null]);
  });

  it('keeps a seat’s vote, chair and end when the file leaves those columns out', () => {
    const result = validateForums({ headers: ['Forum', 'Forum kind', 'Organisation', 'From'], rows: [['North Place Board', 'Place board', 'Example Voice', '2024-04-01']] }, context);
    expect(result.forums[0]).toMatchObject({ existingId: 'f1', change: 'unchanged', placeId: 'p1', externalId: 'F-1' });
    expect(result.seats[0]).toMatchObject({ existingId: 's2', change: 'unchanged', voting: false, chair: false, to: null });
  });

  it('reports forum columns that disagree between the rows of one forum', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['F-2', 'Example ICP', 'ICP', '', 'RXN', '', '', '2024-04-01', ''],
          ['F-2', 'Example ICP board', 'ICB board', 'Example North', 'Example Voice', '', '', '2024-04-01', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([
      { row: 3, column: 'Forum', value: 'Example ICP board', message: 'Forum differs from row 2 ("Example ICP"); give the same value on every row of this forum' },
      { row: 3, column: 'Forum kind', value: 'ICB board', message: 'Forum kind differs from row 2 ("ICP"); give the same value on every row of this forum' },
      { row: 3, column: 'Forum place', value: 'Example North', message: 'Forum place differs from row 2 (""); give the same value on every row of this forum' },
    ]);
    expect(result.forums).toEqual([]);
    expect(result.seats).toEqual([]);
  });

  it('reports dates out of order, duplicate seats and bad cells', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['', 'Example ICP', 'ICP', '', 'RXN', 'maybe', '', '2024-03-01', '2024-01-01'],
          ['', 'Example ICP', 'ICP', '', 'RXN', '', '', '01/03/2024', ''],
          ['', 'Example ICP', 'ICP', '', 'Nobody', '', '', '30/02/2024', ''],
          ['', 'Example ICP', 'ICP', 'Nowhere', 'Example Voice', '', '', '', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Voting', value: 'maybe', message: 'Bad value "maybe": use yes or no' },
      { row: 2, column: 'To', value: '2024-01-01', message: 'To date 2024-01-01 is before From date 2024-03-01' },
      { row: 3, column: 'Organisation', value: 'RXN', message: 'Duplicate of row 2 (same forum, organisation and From date)' },
      { row: 4, column: 'Organisation', value: 'Nobody', message: 'Unknown organisation "Nobody": use the ODS code or exact name of an organisation already in the register' },
      { row: 4, column: 'From', value: '30/02/2024', message: 'Bad date "30/02/2024": use a real date written as yyyy-mm-dd or dd/mm/yyyy' },
      { row: 5, column: 'Forum place', value: 'Nowhere', message: 'Unknown place "Nowhere": use the name or ONS code of a place already in the register' },
      { row: 5, column: 'From', value: '', message: 'Enter the date the seat began as yyyy-mm-dd or dd/mm/yyyy' },
    ]);
  });

  it('reports two forums of the file with the same name, and a forum clashing with another in the register', () => {
    const result = validateForums(
      {
        headers: HEADERS,
        rows: [
          ['F-8', 'Example ICP', 'ICP', '', 'RXN', '', '', '2024-04-01', ''],
          ['F-9', 'Example ICP', 'ICP', '', 'RXN', '', '', '2024-04-01', ''],
          ['F-1', 'South Place Board', 'Place board', '', 'RXN', '', '', '2024-04-01', ''],
        ],
      },
      context,
    );
    expect(result.problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
      [3, 'Forum', 'Duplicate of row 2 (same name "Example ICP")'],
      [4, 'Forum', 'Name "South Place Board" already belongs to another forum, "South Place Board"'],
    ]);
  });

  it('gives a seat of an existing forum matched by name the forum’s key', () => {
    const result = validateForums({ headers: ['Forum', 'Forum kind', 'Organisation', 'From'], rows: [['north place board', 'Place board', 'RXN', '2024-04-01']] }, context);
    expect(result.forums[0]).toMatchObject({ key: 'north place board', existingId: 'f1', matched: { name: 'North Place Board', by: 'name' }, change: 'update', changes: { name: { from: 'North Place Board', to: 'north place board' } } });
    expect(result.seats[0]).toMatchObject({ forumKey: 'north place board', existingId: 's1', change: 'unchanged' });
  });
});
