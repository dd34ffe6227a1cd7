import type { ImportContext } from './register-index';
import { summariseImport, validateImport } from './validate-import';

const EMPTY: ImportContext = { places: [], organisations: [], forums: [], seats: [], people: [], decisions: [] };

/** An organisation row with a unique ODS code (letters, so never all digits) and name. */
function organisationRow(n: number): string[] {
  const code = `Q${n.toString(36).toUpperCase().padStart(4, '0')}`;
  return [`ORG-${n}`, `Partner ${n}`, code, n % 2 === 0 ? 'Acute trust' : 'VCSE', '', '', String(n)];
}
const ORGANISATION_HEADERS = ['External ID', 'Name', 'ODS code', 'Kind', 'Sector', 'Places', 'Weight'];

describe('validateImport', () => {
  it('tags the result with the kind validated', () => {
    expect(validateImport('places', { headers: ['Name'], rows: [['North']] }, EMPTY)).toMatchObject({ kind: 'places', rowCount: 1, places: [{ name: 'North' }] });
    expect(validateImport('people', { headers: ['Name', 'Email', 'Organisation', 'Role group'], rows: [] }, EMPTY)).toEqual({
      kind: 'people',
      rowCount: 0,
      problems: [],
      people: [],
    });
  });

  it('finds exactly the one bad row among 500, by its spreadsheet row number', () => {
    const rows = Array.from({ length: 500 }, (_, i) => organisationRow(i));
    rows[316][3] = 'Spaceship';
    const result = validateImport('organisations', { headers: ORGANISATION_HEADERS, rows }, EMPTY);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 318, column: 'Kind', value: 'Spaceship' });
    expect(summariseImport(result)).toEqual({ rowCount: 500, problemCount: 1, create: 499, update: 0, unchanged: 0 });
  });

  it('validates 20,000 organisations against a register holding half of them', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => organisationRow(i));
    const context: ImportContext = {
      ...EMPTY,
      organisations: rows.slice(0, 10_000).map(([externalId, name, odsCode], i) => ({
        id: `o${i}`,
        externalId,
        name,
        odsCode,
        kind: i % 2 === 0 ? 'ACUTE_TRUST' : 'VCSE',
        sector: i % 2 === 0 ? 'NHS' : 'VCSE',
        placeIds: [],
        weight: i === 5 ? 0 : i,
        archived: false,
      })),
    };
    const result = validateImport('organisations', { headers: ORGANISATION_HEADERS, rows }, context);
    expect(summariseImport(result)).toEqual({ rowCount: 20_000, problemCount: 0, create: 10_000, update: 1, unchanged: 9_999 });
  });
});

describe('summariseImport', () => {
  it('counts forum and seat records together', () => {
    const result = validateImport(
      'forums',
      {
        headers: ['Forum', 'Forum kind', 'Organisation', 'From'],
        rows: [
          ['Example ICP', 'ICP', 'RXN', '2024-04-01'],
          ['Example ICP', 'ICP', 'RXX', '2024-04-01'],
        ],
      },
      {
        ...EMPTY,
        organisations: ['RXN', 'RXX'].map((odsCode) => ({
          id: odsCode,
          name: odsCode,
          odsCode,
          kind: 'OTHER' as const,
          sector: 'INDEPENDENT' as const,
          placeIds: [],
          weight: null,
          externalId: null,
          archived: false,
        })),
      },
    );
    expect(summariseImport(result)).toEqual({ rowCount: 2, problemCount: 0, create: 3, update: 0, unchanged: 0 });
  });
});
