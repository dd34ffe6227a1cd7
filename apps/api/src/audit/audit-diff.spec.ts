import { auditDiff } from './audit-diff';

describe('auditDiff', () => {
  it('lists only the fields that changed, with old and new values', () => {
    expect(auditDiff({ name: 'Ashby Mind', weight: 1, kind: 'VCSE' }, { name: 'Ashby Mind', weight: 2.5, kind: 'HOSPICE' }, ['name', 'weight', 'kind'])).toEqual({
      weight: { from: 1, to: 2.5 },
      kind: { from: 'VCSE', to: 'HOSPICE' },
    });
  });

  it('records every given field of a new row as changed from null', () => {
    expect(auditDiff(null, { name: 'New', odsCode: null }, ['name', 'odsCode'])).toEqual({ name: { from: null, to: 'New' } });
  });

  it('treats a reordered list and undefined-vs-null as no change, but a different list as a change', () => {
    expect(auditDiff({ placeIds: ['b', 'a'], odsCode: undefined }, { placeIds: ['a', 'b'], odsCode: null }, ['placeIds', 'odsCode'])).toEqual({});
    expect(auditDiff({ placeIds: ['a'] }, { placeIds: ['a', 'c'] }, ['placeIds'])).toEqual({ placeIds: { from: ['a'], to: ['a', 'c'] } });
  });

  it('compares dates by instant', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(auditDiff({ archivedAt: at }, { archivedAt: new Date(at.getTime()) }, ['archivedAt'])).toEqual({});
  });
});
