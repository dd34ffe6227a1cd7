import { listChanges } from './import-changes';
import type { ImportContext } from './register-index';
import { summariseImport, validateImport } from './validate-import';

const ORGANISATION_HEADERS = ['External ID', 'Name', 'ODS code', 'Kind', 'Sector', 'Places', 'Weight'];

describe('listChanges', () => {
  const context: ImportContext = {
    forums: [],
    seats: [],
    people: [],
    decisions: [],
    places: [{ id: 'p1', name: 'Example North', localAuthority: null, onsCode: null, externalId: null, archived: false }],
    organisations: [
      { id: 'o1', name: 'Example Trust', odsCode: 'RXN', kind: 'ACUTE_TRUST', sector: 'NHS', placeIds: [], weight: 10, externalId: 'ORG-1', archived: false },
      { id: 'o2', name: 'Example Voice', odsCode: null, kind: 'VCSE', sector: 'VCSE', placeIds: [], weight: null, externalId: null, archived: false },
    ],
  };

  it('says which existing row each changed row matched, by which key, and each field it changes in words', () => {
    const result = validateImport(
      'organisations',
      {
        headers: ORGANISATION_HEADERS,
        rows: [
          ['ORG-1', 'Example Trust', 'RXN', 'Acute trust', '', 'Example North', '12'],
          ['', 'EXAMPLE VOICE', '', 'VCSE', '', '', ''],
          ['', 'Brand New', '', 'VCSE', '', '', ''],
        ],
      },
      context,
    );
    expect(summariseImport(result)).toMatchObject({ problemCount: 0, create: 1, update: 2 });
    expect(listChanges(result, context)).toEqual([
      {
        row: 2,
        matchedName: 'Example Trust',
        matchedBy: 'externalId',
        fields: [
          { field: 'Places', from: null, to: 'Example North' },
          { field: 'Weight', from: '10', to: '12' },
        ],
      },
      { row: 3, matchedName: 'Example Voice', matchedBy: 'name', fields: [{ field: 'Name', from: 'Example Voice', to: 'EXAMPLE VOICE' }] },
    ]);
  });

  it("names a person's organisation and role group in words, not ids or codes", () => {
    const people: ImportContext = {
      ...context,
      people: [{ id: 'x1', name: 'Jo Example', email: 'jo@example.org', organisationId: 'o1', roleGroup: 'CLINICAL', externalId: null, archived: false }],
    };
    const result = validateImport('people', { headers: ['Name', 'Email', 'Organisation', 'Role group'], rows: [['Jo Example', 'jo@example.org', 'Example Voice', 'Executive']] }, people);
    expect(listChanges(result, people)).toEqual([
      {
        row: 2,
        matchedName: 'Jo Example',
        matchedBy: 'email',
        fields: [
          { field: 'Organisation', from: 'Example Trust', to: 'Example Voice' },
          { field: 'Role group', from: 'Clinical', to: 'Executive' },
        ],
      },
    ]);
  });
});
