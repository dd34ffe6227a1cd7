import { ImportFileError } from './import-file-error';
import type { ImportContext } from './register-index';
import { validateOrganisations } from './validate-organisations';

const HEADERS = ['External ID', 'Name', 'ODS code', 'Kind', 'Sector', 'Places', 'Weight'];
const north = { id: 'p1', name: 'Example North', localAuthority: null, onsCode: 'E06000001', externalId: null, archived: false };
const south = { id: 'p2', name: 'Example South', localAuthority: null, onsCode: 'E06000002', externalId: null, archived: false };
const oldTown = { id: 'p3', name: 'Old Town', localAuthority: null, onsCode: null, externalId: null, archived: true };
const hospital = {
  id: 'o1',
  name: 'Example Hospitals NHS Trust',
  odsCode: 'RXN',
  kind: 'ACUTE_TRUST' as const,
  sector: 'NHS' as const,
  placeIds: ['p1'],
  weight: 650,
  externalId: 'ORG-1',
  archived: false,
};
const voice = { id: 'o2', name: 'Example Voice', odsCode: null, kind: 'VCSE' as const, sector: 'VCSE' as const, placeIds: [], weight: null, externalId: null, archived: false };
const context: ImportContext = { places: [north, south, oldTown], organisations: [hospital, voice], forums: [], seats: [], people: [], decisions: [] };

describe('validateOrganisations', () => {
  it('reads kinds and sectors by label or value and places by name or ONS code', () => {
    const result = validateOrganisations(
      { headers: HEADERS, rows: [['', 'Example Hospice', 'zz 901', 'hospice', 'independent', 'example north; E06000002', '1,200']] },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.organisations).toEqual([
      {
        row: 2,
        existingId: null,
        matched: null,
        change: 'create',
        changes: {},
        externalId: null,
        name: 'Example Hospice',
        odsCode: 'ZZ901',
        kind: 'HOSPICE',
        sector: 'INDEPENDENT',
        placeIds: ['p1', 'p2'],
        weight: 1200,
      },
    ]);
  });

  it('gives a new partner the usual sector of its kind when Sector is blank or left out', () => {
    const blank = validateOrganisations({ headers: HEADERS, rows: [['', 'Example Council', '', 'LOCAL_AUTHORITY', '', '', '']] }, context);
    expect(blank.organisations[0]).toMatchObject({ kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', placeIds: [], weight: null });
    const leftOut = validateOrganisations({ headers: ['Name', 'Kind'], rows: [['Example Healthwatch', 'Healthwatch']] }, context);
    expect(leftOut.organisations[0]).toMatchObject({ sector: 'VCSE', odsCode: null, externalId: null });
  });

  it('keeps the sector the register holds when Sector is blank', () => {
    const result = validateOrganisations({ headers: HEADERS, rows: [['', 'Example Voice', '', 'VCSE organisation', '', '', '']] }, {
      ...context,
      organisations: [{ ...voice, sector: 'INDEPENDENT' }],
    });
    expect(result.organisations[0]).toMatchObject({ existingId: 'o2', change: 'unchanged', sector: 'INDEPENDENT' });
  });

  it('changes nothing when the same rows are imported again', () => {
    const result = validateOrganisations(
      {
        headers: HEADERS,
        rows: [
          ['ORG-1', 'Example Hospitals NHS Trust', 'RXN', 'Acute trust', 'NHS', 'Example North', '650'],
          ['', 'EXAMPLE VOICE', '', 'VCSE', 'VCSE', '', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.organisations.map((organisation) => [organisation.existingId, organisation.change])).toEqual([
      ['o1', 'unchanged'],
      ['o2', 'update'],
    ]);
    expect(result.organisations[1].changes).toEqual({ name: { from: 'Example Voice', to: 'EXAMPLE VOICE' } });
  });

  it('lists exactly the fields an update changes', () => {
    const result = validateOrganisations({ headers: HEADERS, rows: [['ORG-1', 'Example Hospitals NHS Trust', 'RXN', 'Community trust', 'NHS', 'Example South', '']] }, context);
    expect(result.organisations[0]).toMatchObject({
      existingId: 'o1',
      change: 'update',
      changes: { kind: { from: 'ACUTE_TRUST', to: 'COMMUNITY_TRUST' }, placeIds: { from: ['p1'], to: ['p2'] }, weight: { from: 650, to: null } },
    });
  });

  it('keeps places and weight when the file leaves those columns out', () => {
    const result = validateOrganisations({ headers: ['ODS code', 'Name', 'Kind'], rows: [['RXN', 'Example Hospitals NHS Trust', 'Acute trust']] }, context);
    expect(result.organisations[0]).toMatchObject({ change: 'unchanged', placeIds: ['p1'], weight: 650, externalId: 'ORG-1' });
  });

  it('reports every problem of every row', () => {
    const result = validateOrganisations(
      {
        headers: HEADERS,
        rows: [
          ['', 'Spaceship Ltd', 'R!', 'Spaceship', 'Martian', 'Nowhere; Old Town', '-1'],
          ['', 'Example Voice', 'RXN', 'VCSE', '', '', ''],
          ['', 'Gamma', 'RXX', 'Other', '', '', ''],
          ['', 'Delta', 'rxx', 'Other', '', '', ''],
        ],
      },
      context,
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'ODS code', value: 'R!', message: 'Bad ODS code "R!": ODS code must be 3 to 6 letters or digits, such as RXN or A81001' },
      {
        row: 2,
        column: 'Kind',
        value: 'Spaceship',
        message:
          'Unknown kind "Spaceship": use one of Integrated care board, Acute trust, Community trust, Mental health trust, Ambulance trust, Primary care network, GP federation, Local authority, VCSE organisation, Hospice, Social care provider, Healthwatch, Other',
      },
      { row: 2, column: 'Sector', value: 'Martian', message: 'Unknown sector "Martian": use one of NHS, Local government, VCSE, Independent' },
      {
        row: 2,
        column: 'Places',
        value: 'Nowhere; Old Town',
        message: 'Unknown place "Nowhere": use the name or ONS code of a place already in the register; Place "Old Town" is archived: restore it in the register first',
      },
      { row: 2, column: 'Weight', value: '-1', message: 'Bad weight "-1": Weight must be zero or more' },
      { row: 3, column: 'Name', value: 'Example Voice', message: 'Name "Example Voice" already belongs to another organisation, "Example Voice"' },
      { row: 5, column: 'ODS code', value: 'rxx', message: 'Duplicate of row 4 (same ODS code RXX)' },
    ]);
    expect(result.organisations.map((organisation) => organisation.name)).toEqual(['Gamma']);
  });

  it('refuses a file without the required columns', () => {
    expect(() => validateOrganisations({ headers: ['Organisation', 'Type'], rows: [['A', 'B']] }, context)).toThrow(ImportFileError);
  });
});
