import type { ImportContext } from './register-index';
import { validatePeople } from './validate-people';

const HEADERS = ['External ID', 'Name', 'Email', 'Organisation', 'Role group'];
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
const jo = { id: 'u1', name: 'Jo Example', email: 'jo@example.org', organisationId: 'o1', roleGroup: 'EXECUTIVE' as const, externalId: 'P-1', archived: false };
const sam = { id: 'u2', name: 'Sam Sample', email: 'sam@example.org', organisationId: 'o2', roleGroup: 'VCSE' as const, externalId: null, archived: true };
const context: ImportContext = {
  places: [],
  organisations: [organisation('o1', 'Example Hospitals NHS Trust', 'RXN'), organisation('o2', 'Example Voice', null), organisation('o3', 'Closed Trust', 'RCL', true)],
  forums: [],
  seats: [],
  people: [jo, sam],
  decisions: [],
};

describe('validatePeople', () => {
  it('lower-cases emails and finds organisations by ODS code or name', () => {
    const result = validatePeople({ headers: HEADERS, rows: [['', 'Alex New', 'Alex.New@Example.ORG', 'example voice', 'clinical']] }, context);
    expect(result).toEqual({
      rowCount: 1,
      problems: [],
      people: [{ row: 2, existingId: null, matched: null, change: 'create', changes: {}, externalId: null, name: 'Alex New', email: 'alex.new@example.org', organisationId: 'o2', roleGroup: 'CLINICAL' }],
    });
  });

  it('matches by external ID, else by email, and restores an archived person', () => {
    const result = validatePeople(
      {
        headers: HEADERS,
        rows: [
          ['P-1', 'Jo Example', 'JO@example.org', 'RXN', 'Executive'],
          ['', 'Sam Sample', 'sam@example.org', 'Example Voice', 'VCSE'],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.people.map((person) => [person.existingId, person.change, person.changes])).toEqual([
      ['u1', 'unchanged', {}],
      ['u2', 'update', { archived: { from: true, to: false } }],
    ]);
  });

  it('lists exactly the fields an update changes', () => {
    const result = validatePeople({ headers: HEADERS, rows: [['P-1', 'Jo Example', 'jo.example@example.org', 'Example Voice', 'Executive']] }, context);
    expect(result.people[0].changes).toEqual({ email: { from: 'jo@example.org', to: 'jo.example@example.org' }, organisationId: { from: 'o1', to: 'o2' } });
  });

  it('reports bad cells, unknown or archived organisations, duplicates and clashes', () => {
    const result = validatePeople(
      {
        headers: HEADERS,
        rows: [
          ['', '', 'not-an-email', 'Nobody Ltd', 'Manager'],
          ['', 'Ann', 'ann@example.org', 'RCL', 'Other'],
          ['', 'Bob', 'bob@example.org', 'RXN', 'Other'],
          ['', 'Bob Again', 'BOB@example.org', 'RXN', 'Other'],
          ['P-1', 'Jo Example', 'sam@example.org', 'RXN', 'Executive'],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Name', value: '', message: "Enter the person's name" },
      { row: 2, column: 'Email', value: 'not-an-email', message: 'Bad email address "not-an-email": Email address must contain exactly one @, such as name@example.nhs.uk' },
      { row: 2, column: 'Organisation', value: 'Nobody Ltd', message: 'Unknown organisation "Nobody Ltd": use the ODS code or exact name of an organisation already in the register' },
      {
        row: 2,
        column: 'Role group',
        value: 'Manager',
        message: 'Unknown role group "Manager": use one of Executive, Clinical, Operational, VCSE, Other',
      },
      { row: 3, column: 'Organisation', value: 'RCL', message: 'Organisation "Closed Trust" is archived: restore it in the register first' },
      { row: 5, column: 'Email', value: 'BOB@example.org', message: 'Duplicate of row 4 (same email bob@example.org)' },
      { row: 6, column: 'Email', value: 'sam@example.org', message: 'Email sam@example.org already belongs to another person, "Sam Sample"' },
    ]);
    expect(result.people.map((person) => person.name)).toEqual(['Bob']);
  });
});
