import { claimFilterFrom, claimFiltersFromSearchParams, claimsCsvName, hasActiveClaimFilters, searchParamsFromClaimFilters } from './claim-filters';

describe('claim filters', () => {
  it('reads status, practice, place and both verdicts from the URL, and writes them back the same', () => {
    const params = new URLSearchParams('status=CHANGED&practice=SHARING_POWER&place=p1&suggested=contradicted&verdict=supported');
    const filters = claimFiltersFromSearchParams(params);
    expect(filters).toEqual({ status: 'CHANGED', practice: 'SHARING_POWER', placeId: 'p1', suggestedVerdict: 'contradicted', verdict: 'supported' });
    expect(searchParamsFromClaimFilters(filters).toString()).toBe(params.toString());
    expect(claimFilterFrom(filters)).toEqual({ status: 'CHANGED', practice: 'SHARING_POWER', placeId: 'p1', suggestedVerdict: 'contradicted', verdict: 'supported' });
  });

  it('ignores values that are not a status, practice or verdict, so a mistyped link shows every claim', () => {
    const filters = claimFiltersFromSearchParams(new URLSearchParams('status=DONE&practice=kindness&suggested=maybe&verdict=&place='));
    expect(claimFilterFrom(filters)).toEqual({});
    expect(hasActiveClaimFilters(filters)).toBe(false);
  });

  it('names the CSV by the day it is downloaded', () => {
    expect(claimsCsvName(new Date('2026-12-02T18:00:00Z'))).toBe('claims-2026-12-02.csv');
  });
});
