import { compareWithExisting, fromFile } from './record-change';

describe('compareWithExisting', () => {
  const fields = ['name', 'placeIds', 'weight'] as const;
  const existing = { id: 'o1', name: 'North', placeIds: ['p1', 'p2'], weight: 10, archived: false };
  const match = { name: 'North', by: 'name' } as const;

  it('creates when nothing matched', () => {
    expect(compareWithExisting(2, null, null, { name: 'North', placeIds: [], weight: null }, fields)).toEqual({ row: 2, existingId: null, matched: null, change: 'create', changes: {} });
  });

  it('is unchanged when every field is the same, taking lists as sets', () => {
    expect(compareWithExisting(3, existing, match, { name: 'North', placeIds: ['p2', 'p1'], weight: 10 }, fields)).toEqual({
      row: 3,
      existingId: 'o1',
      matched: match,
      change: 'unchanged',
      changes: {},
    });
  });

  it('lists exactly the fields that change', () => {
    expect(compareWithExisting(4, existing, match, { name: 'North', placeIds: ['p1'], weight: null }, fields)).toEqual({
      row: 4,
      existingId: 'o1',
      matched: match,
      change: 'update',
      changes: { placeIds: { from: ['p1', 'p2'], to: ['p1'] }, weight: { from: 10, to: null } },
    });
  });

  it('reports a name that differs only in case as a change, though the row matched by name ignoring case', () => {
    expect(compareWithExisting(6, existing, match, { name: 'NORTH', placeIds: ['p1', 'p2'], weight: 10 }, fields)).toMatchObject({
      change: 'update',
      changes: { name: { from: 'North', to: 'NORTH' } },
    });
  });

  it('restores an archived match, which alone makes it an update', () => {
    expect(compareWithExisting(5, { ...existing, archived: true }, match, { name: 'North', placeIds: ['p1', 'p2'], weight: 10 }, fields)).toEqual({
      row: 5,
      existingId: 'o1',
      matched: match,
      change: 'update',
      changes: { archived: { from: true, to: false } },
    });
  });
});

describe('fromFile', () => {
  it('takes the cell when the file has the column, a blank cell clearing the value', () => {
    expect(fromFile('Council', 'Old council', null)).toBe('Council');
    expect(fromFile(null, 'Old council', null)).toBeNull();
  });

  it('keeps the register value when the file leaves the column out', () => {
    expect(fromFile(undefined, 'Old council', null)).toBe('Old council');
    expect(fromFile(undefined, null, 'default')).toBeNull();
  });

  it('gives the value for new rows when the column is left out', () => {
    expect(fromFile<boolean>(undefined, undefined, true)).toBe(true);
  });
});
