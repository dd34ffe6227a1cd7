import type { ImportContext } from './register-index';
import { validatePlaces } from './validate-places';

const EMPTY: ImportContext = { places: [], organisations: [], forums: [], seats: [], people: [], decisions: [] };
const HEADERS = ['External ID', 'Name', 'Local authority', 'ONS code'];

const north = { id: 'p1', name: 'Example North', localAuthority: 'North Council', onsCode: 'E06000001', externalId: 'PL-1', archived: false };
const south = { id: 'p2', name: 'Example South', localAuthority: null, onsCode: 'E06000002', externalId: null, archived: false };
const withPlaces: ImportContext = { ...EMPTY, places: [north, south] };

describe('validatePlaces', () => {
  it('normalises new places', () => {
    const result = validatePlaces({ headers: HEADERS, rows: [['PL-9', ' Example   East ', 'East  Council', 'e06 000009']] }, EMPTY);
    expect(result).toEqual({
      rowCount: 1,
      problems: [],
      places: [
        { row: 2, existingId: null, matched: null, change: 'create', changes: {}, externalId: 'PL-9', name: 'Example East', localAuthority: 'East Council', onsCode: 'E06000009' },
      ],
    });
  });

  it('changes nothing when the register already holds the same rows', () => {
    const result = validatePlaces(
      {
        headers: HEADERS,
        rows: [
          ['PL-1', 'Example North', 'North Council', 'E06000001'],
          ['', 'Example South', '', 'E06000002'],
        ],
      },
      withPlaces,
    );
    expect(result.problems).toEqual([]);
    expect(result.places.map((place) => [place.existingId, place.change])).toEqual([
      ['p1', 'unchanged'],
      ['p2', 'unchanged'],
    ]);
  });

  it('lists exactly the fields an update changes', () => {
    const result = validatePlaces({ headers: HEADERS, rows: [['PL-1', 'Example North', '', 'E06000011']] }, withPlaces);
    expect(result.places[0]).toMatchObject({
      existingId: 'p1',
      change: 'update',
      changes: { localAuthority: { from: 'North Council', to: null }, onsCode: { from: 'E06000001', to: 'E06000011' } },
    });
  });

  it('keeps what the register holds for columns the file leaves out', () => {
    const result = validatePlaces({ headers: ['Name'], rows: [['example north']] }, withPlaces);
    expect(result.places[0]).toMatchObject({
      existingId: 'p1',
      change: 'update',
      changes: { name: { from: 'Example North', to: 'example north' } },
      externalId: 'PL-1',
      localAuthority: 'North Council',
      onsCode: 'E06000001',
    });
  });

  it('restores an archived place it matches', () => {
    const result = validatePlaces({ headers: HEADERS, rows: [['PL-1', 'Example North', 'North Council', 'E06000001']] }, { ...EMPTY, places: [{ ...north, archived: true }] });
    expect(result.places[0]).toMatchObject({ change: 'update', changes: { archived: { from: true, to: false } } });
  });

  it('reports bad cells, duplicates and clashes with other places', () => {
    const result = validatePlaces(
      {
        headers: HEADERS,
        rows: [
          ['', '', '', 'X1'],
          ['', 'Example West', '', 'E06000001'],
          ['', 'Example West', '', ''],
          ['PL-1', 'Example South', '', ''],
        ],
      },
      withPlaces,
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Name', value: '', message: "Enter the place's name" },
      { row: 2, column: 'ONS code', value: 'X1', message: 'Bad ONS code "X1": ONS code must be E, W, S or N followed by 8 digits, such as E06000047' },
      { row: 4, column: 'Name', value: 'Example West', message: 'Duplicate of row 3 (same name "Example West")' },
      { row: 5, column: 'Name', value: 'Example South', message: 'Name "Example South" already belongs to another place, "Example South"' },
    ]);
    expect(result.places.map((place) => place.row)).toEqual([3]);
  });
});
