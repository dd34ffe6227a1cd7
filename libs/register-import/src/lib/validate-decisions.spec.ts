import type { ImportContext } from './register-index';
import { validateDecisions } from './validate-decisions';

const HEADERS = [
  'Forum',
  'Date',
  'Title',
  'Summary',
  'Proposed by',
  'Outcome',
  'Taken outside the forum',
  'Conflict surfaced',
  'Practices',
  'Reopens',
  'Evidence URL',
  'Evidence title',
  'Affected',
  'Present',
  'Consulted',
  'Voted',
  'Dissented',
  'Deputies',
  'Deputies with delegated authority',
];
const organisation = (id: string, name: string, odsCode: string | null, archived = false) => ({
  id,
  name,
  odsCode,
  kind: 'OTHER' as const,
  sector: 'INDEPENDENT' as const,
  placeIds: [],
  weight: null,
  externalId: null,
  archived,
});
const context: ImportContext = {
  places: [],
  organisations: [organisation('o1', 'Example Hospitals NHS Trust', 'RXN'), organisation('o2', 'Example Voice', null), organisation('o3', 'Old Council', null, true)],
  forums: [
    { id: 'f1', name: 'North Place Board', kind: 'PLACE_BOARD', placeId: 'p1', externalId: 'F-1', archived: false },
    { id: 'f2', name: 'Old Programme Board', kind: 'PROGRAMME_BOARD', placeId: null, externalId: null, archived: true },
  ],
  seats: [],
  people: [],
  decisions: [{ id: 'd1', forumId: 'f1', date: '2025-01-15', title: 'Pool the frailty budget' }],
};

/** A row with the required cells filled, and any others given by header. */
function row(cells: Record<string, string>): string[] {
  const filled: Record<string, string> = { Forum: 'North Place Board', Date: '2025-03-01', Title: 'Open a hub', Summary: 'Agreed to open a hub.', Outcome: 'Agreed', ...cells };
  return HEADERS.map((header) => filled[header] ?? '');
}
const validate = (...rows: string[][]) => validateDecisions({ headers: HEADERS, rows }, context);

describe('validateDecisions', () => {
  it('turns a full row into a new decision, naming forums and partners by name, external ID or ODS code', () => {
    const result = validate(
      row({
        Forum: 'F-1',
        Date: '01/03/2025',
        Title: '  Open   a hub ',
        'Proposed by': 'rxn',
        Outcome: 'deferred',
        'Taken outside the forum': 'yes',
        'Conflict surfaced': 'Y',
        Practices: '6; Sharing power; 4',
        'Evidence URL': 'https://example.org/minutes',
        'Evidence title': 'Minutes',
        Affected: 'RXN; Example Voice',
        Present: 'RXN',
        Consulted: 'Example Voice',
        Voted: 'RXN',
        Dissented: 'Example Voice',
        'Deputies with delegated authority': 'RXN',
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.decisions).toEqual([
      {
        row: 2,
        existingId: null,
        matched: null,
        change: 'create',
        changes: {},
        forumId: 'f1',
        date: '2025-03-01',
        title: 'Open a hub',
        summary: 'Agreed to open a hub.',
        proposerId: 'o1',
        outcome: 'DEFERRED',
        outsideForum: true,
        conflictSurfaced: true,
        practices: ['SHARING_POWER', 'SHARED_DECISIONS'],
        evidence: [{ url: 'https://example.org/minutes', title: 'Minutes' }],
        reopensId: null,
        reopensRow: null,
        participants: [
          { organisationId: 'o1', affected: true, present: true, consulted: false, vote: true, dissented: false, deputy: true, delegatedAuthority: true },
          { organisationId: 'o2', affected: true, present: false, consulted: true, vote: false, dissented: true, deputy: false, delegatedAuthority: false },
        ],
      },
    ]);
  });

  it('defaults the yes/no columns to no and leaves optional columns out', () => {
    const result = validateDecisions(
      { headers: ['Forum', 'Date', 'Title', 'Summary', 'Outcome'], rows: [['North Place Board', '2025-03-01', 'Open a hub', 'Agreed.', 'Rejected']] },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.decisions[0]).toMatchObject({ proposerId: null, outsideForum: false, conflictSurfaced: false, practices: [], evidence: [], participants: [], outcome: 'REJECTED' });
  });

  it('accepts forums and partners since archived: the log is history', () => {
    const result = validate(row({ Forum: 'Old Programme Board', 'Proposed by': 'Old Council', Present: 'Old Council' }));
    expect(result.problems).toEqual([]);
    expect(result.decisions[0]).toMatchObject({ forumId: 'f2', proposerId: 'o3', participants: [expect.objectContaining({ organisationId: 'o3', present: true })] });
  });

  it('reports a problem in every column with its row, header, value and what to write', () => {
    const result = validate(
      row({
        Forum: 'South Board',
        Date: '31/02/2025',
        Title: '',
        Summary: '',
        'Proposed by': 'Nobody Trust',
        Outcome: 'Maybe',
        'Taken outside the forum': 'perhaps',
        'Conflict surfaced': 'sometimes',
        Practices: '7; Sharing power; trust',
        Reopens: 'last week',
        'Evidence URL': 'javascript:alert(1)',
        'Evidence title': 'Minutes',
        Affected: 'RXN; Nobody Trust',
      }),
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Forum', value: 'South Board', message: 'Unknown forum "South Board": use the name or external ID of a forum already in the register' },
      { row: 2, column: 'Date', value: '31/02/2025', message: 'Bad date "31/02/2025": use a real date written as yyyy-mm-dd or dd/mm/yyyy' },
      { row: 2, column: 'Title', value: '', message: 'Enter the title' },
      { row: 2, column: 'Summary', value: '', message: 'Enter the summary' },
      { row: 2, column: 'Proposed by', value: 'Nobody Trust', message: 'Unknown organisation "Nobody Trust": use the ODS code or exact name of an organisation already in the register' },
      { row: 2, column: 'Outcome', value: 'Maybe', message: 'Unknown outcome "Maybe": use one of Agreed, Deferred, Rejected' },
      { row: 2, column: 'Taken outside the forum', value: 'perhaps', message: 'Bad value "perhaps": use yes or no' },
      { row: 2, column: 'Conflict surfaced', value: 'sometimes', message: 'Bad value "sometimes": use yes or no' },
      {
        row: 2,
        column: 'Practices',
        value: '7; Sharing power; trust',
        message: `Unknown practice "7": use a number from 1 to 6 or a practice's name; Unknown practice "trust": use a number from 1 to 6 or a practice's name`,
      },
      { row: 2, column: 'Reopens', value: 'last week', message: 'Write the date and title of the decision it reopens, as "2025-04-10 Pool the frailty budget"' },
      { row: 2, column: 'Evidence URL', value: 'javascript:alert(1)', message: 'Bad evidence URL "javascript:alert(1)": Enter a web address starting with https:// or http://' },
      { row: 2, column: 'Affected', value: 'RXN; Nobody Trust', message: 'Unknown organisation "Nobody Trust": use the ODS code or exact name of an organisation already in the register' },
    ]);
    expect(result.decisions).toEqual([]);
  });

  it('asks for an outcome, a forum and a date when they are blank', () => {
    const result = validate(row({ Forum: '', Date: '', Outcome: '' }));
    expect(result.problems.map((problem) => [problem.column, problem.message])).toEqual([
      ['Forum', 'Enter the forum: the name or external ID of a forum in the register'],
      ['Date', 'Enter the day the decision was taken as yyyy-mm-dd or dd/mm/yyyy'],
      ['Outcome', 'Enter the outcome: one of Agreed, Deferred, Rejected'],
    ]);
  });

  it('needs both halves of the evidence link', () => {
    const result = validate(row({ 'Evidence URL': 'https://example.org/a' }), row({ Title: 'Second', 'Evidence title': 'Minutes' }));
    expect(result.problems).toEqual([
      { row: 2, column: 'Evidence URL', value: 'https://example.org/a', message: 'Give the link a title in the Evidence title column' },
      { row: 3, column: 'Evidence title', value: 'Minutes', message: 'Give the address of the evidence in the Evidence URL column' },
    ]);
  });

  it('refuses a deputy for a partner that was not present, in the column that names the deputy', () => {
    const result = validate(row({ Deputies: 'Example Voice', Affected: 'Example Voice' }), row({ Title: 'Second', 'Deputies with delegated authority': 'RXN' }));
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'Deputies',
        value: 'Example Voice',
        message: "Example Voice was represented by a deputy but is not under Present: a deputy attends in a member's place, so add it to Present",
      },
      {
        row: 3,
        column: 'Deputies with delegated authority',
        value: 'RXN',
        message: "Example Hospitals NHS Trust was represented by a deputy but is not under Present: a deputy attends in a member's place, so add it to Present",
      },
    ]);
  });

  it('records a deputy without authority as a deputy only, and a partner named twice in one list once', () => {
    const result = validate(row({ Present: 'RXN; Example Hospitals NHS Trust', Deputies: 'RXN' }));
    expect(result.decisions[0].participants).toEqual([
      { organisationId: 'o1', affected: false, present: true, consulted: false, vote: false, dissented: false, deputy: true, delegatedAuthority: false },
    ]);
  });

  it('finds the decision a row reopens in the log, or on an earlier row of the file, of the same forum', () => {
    const result = validate(
      row({ Date: '2025-03-01', Title: 'Open a hub', Reopens: '2025-01-15 pool the FRAILTY budget' }),
      row({ Date: '2025-04-01', Title: 'Close the hub', Reopens: '01/03/2025 Open a hub' }),
    );
    expect(result.problems).toEqual([]);
    expect(result.decisions.map((decision) => [decision.row, decision.reopensId, decision.reopensRow])).toEqual([
      [2, 'd1', null],
      [3, null, 2],
    ]);
  });

  it('refuses a reopened decision that is of another forum, on a later row, taken later, or the row itself', () => {
    const result = validate(
      row({ Forum: 'Old Programme Board', Title: 'Elsewhere', Reopens: '2025-01-15 Pool the frailty budget' }),
      row({ Title: 'Too soon', Reopens: '2025-05-01 Later decision' }),
      row({ Date: '2025-05-01', Title: 'Later decision' }),
      row({ Date: '2025-01-01', Title: 'Before', Reopens: '2025-01-15 Pool the frailty budget' }),
      row({ Title: 'Itself', Reopens: '2025-03-01 itself' }),
    );
    expect(result.problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
      [2, 'Reopens', 'No decision of this forum dated 2025-01-15 and titled "Pool the frailty budget" is in the log or on an earlier row of this file'],
      [3, 'Reopens', 'No decision of this forum dated 2025-05-01 and titled "Later decision" is in the log or on an earlier row of this file'],
      [5, 'Reopens', 'The decision it reopens was taken later (2025-01-15); choose an earlier one'],
      [6, 'Reopens', 'A decision cannot reopen itself'],
    ]);
  });

  it('leaves a decision the log holds as it is, matching forum, date and title ignoring case, so a second import adds nothing', () => {
    const result = validate(row({ Forum: 'north place board', Date: '15/01/2025', Title: 'POOL THE FRAILTY BUDGET', Summary: 'Said differently this time.' }), row({}));
    expect(result.problems).toEqual([]);
    expect(result.decisions.map((decision) => [decision.row, decision.change, decision.existingId])).toEqual([
      [2, 'unchanged', 'd1'],
      [3, 'create', null],
    ]);
  });

  it("lets a place lead import decisions of their own place's forums only", () => {
    const rows = [row({}), row({ Forum: 'Old Programme Board', Title: 'System-wide' })];
    expect(validateDecisions({ headers: HEADERS, rows }, context, 'p1').problems).toEqual([
      {
        row: 3,
        column: 'Forum',
        value: 'Old Programme Board',
        message: `"Old Programme Board" is not one of your place's forums: a place lead imports decisions of their own place's forums only`,
      },
    ]);
    expect(validateDecisions({ headers: HEADERS, rows: [row({})] }, context, null).problems).toHaveLength(1);
    expect(validateDecisions({ headers: HEADERS, rows }, context).problems).toEqual([]);
  });

  it('reports a second row naming the same decision as a duplicate', () => {
    const result = validate(row({}), row({ Forum: 'F-1', Title: 'open A hub', Summary: 'Another summary.' }), row({ Date: '2025-03-02' }));
    expect(result.problems).toEqual([{ row: 3, column: 'Title', value: 'open A hub', message: 'Duplicate of row 2 (same forum, date and title)' }]);
    expect(result.decisions.map((decision) => decision.row)).toEqual([2, 4]);
  });
});
