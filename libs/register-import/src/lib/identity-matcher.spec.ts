import { exactKey, externalIdKey, IdentityMatcher, nameIdentityKey } from './identity-matcher';

interface Partner {
  id: string;
  name: string;
  odsCode: string | null;
  externalId: string | null;
}

const existing: Partner[] = [
  { id: 'a', name: 'Alpha Trust', odsCode: 'RAA', externalId: 'EXT-A' },
  { id: 'b', name: 'Beta Trust', odsCode: 'RBB', externalId: null },
];

const newMatcher = () =>
  new IdentityMatcher<Partner>('organisation', [externalIdKey('externalId'), exactKey('odsCode', 'ODS code', (row) => row.odsCode), nameIdentityKey('name')], existing);

describe('IdentityMatcher', () => {
  it('matches by external ID first, then by code, then by name ignoring case', () => {
    const matcher = newMatcher();
    expect(matcher.match(2, ['EXT-A', 'RAA', 'Alpha Trust'])).toMatchObject({ existing: { id: 'a' }, matchedBy: 'externalId' });
    expect(matcher.match(3, [null, 'RBB', 'Beta Trust'])).toMatchObject({ existing: { id: 'b' }, matchedBy: 'odsCode' });
    expect(newMatcher().match(2, [null, null, '  beta   TRUST '])).toMatchObject({ existing: { id: 'b' }, matchedBy: 'name' });
  });

  it('falls back to a weaker key when the stronger one finds nothing, so a row can gain an external ID', () => {
    expect(newMatcher().match(2, ['EXT-B', 'RBB', 'Beta Trust'])).toEqual({ existing: existing[1], matchedBy: 'odsCode', problems: [] });
  });

  it('creates when no key finds an existing row', () => {
    expect(newMatcher().match(2, ['EXT-C', 'RCC', 'Gamma Trust'])).toEqual({ existing: null, matchedBy: null, problems: [] });
  });

  it('reports a key that belongs to a different existing row than the one matched', () => {
    expect(newMatcher().match(7, [null, 'RAA', 'beta trust'])).toEqual({
      existing: existing[0],
      matchedBy: 'odsCode',
      problems: [{ column: 'name', message: 'Name "beta trust" already belongs to another organisation, "Beta Trust"' }],
    });
    expect(newMatcher().match(7, ['EXT-A', 'RBB', null]).problems).toEqual([{ column: 'odsCode', message: 'ODS code RBB already belongs to another organisation, "Beta Trust"' }]);
  });

  it('reports a later row of the file with the same key as an earlier one', () => {
    const matcher = newMatcher();
    matcher.match(7, [null, 'RXN', 'New Trust']);
    expect(matcher.match(12, [null, 'RXN', 'new  trust']).problems).toEqual([
      { column: 'odsCode', message: 'Duplicate of row 7 (same ODS code RXN)' },
      { column: 'name', message: 'Duplicate of row 7 (same name "new  trust")' },
    ]);
  });

  it('reports two rows that match the same existing row by different keys', () => {
    const matcher = newMatcher();
    matcher.match(2, ['EXT-A', null, null]);
    expect(matcher.match(3, [null, null, 'Alpha Trust']).problems).toEqual([{ column: 'name', message: 'Duplicate of row 2 (both match the existing organisation "Alpha Trust")' }]);
  });

  it('ignores keys a row does not have', () => {
    const matcher = newMatcher();
    expect(matcher.match(2, [null, undefined, 'One']).problems).toEqual([]);
    expect(matcher.match(3, ['', null, 'Two']).problems).toEqual([]);
  });
});
