import { hasScoreFilters, scoreFilterFrom, scoreFiltersFromSearchParams, searchParamsFromScoreFilters } from './score-filters';

describe('score filters in the URL', () => {
  it('reads place, sector and role group, ignoring values that are not real', () => {
    expect(scoreFiltersFromSearchParams(new URLSearchParams('place=p1&sector=VCSE&roleGroup=CLINICAL'))).toEqual({
      placeId: 'p1',
      sector: 'VCSE',
      roleGroup: 'CLINICAL',
    });
    expect(scoreFiltersFromSearchParams(new URLSearchParams('place=%20&sector=PIRATES&roleGroup=clinical'))).toEqual({
      placeId: undefined,
      sector: undefined,
      roleGroup: undefined,
    });
  });

  it('writes only the filters that are set, and back again', () => {
    const filters = { sector: 'LOCAL_GOVERNMENT', roleGroup: 'EXECUTIVE' } as const;
    const params = searchParamsFromScoreFilters(filters);
    expect(params.toString()).toBe('sector=LOCAL_GOVERNMENT&roleGroup=EXECUTIVE');
    expect(scoreFiltersFromSearchParams(params)).toEqual({ placeId: undefined, ...filters });
  });

  it('leaves empty fields out of the query filter', () => {
    expect(scoreFilterFrom({})).toEqual({});
    expect(scoreFilterFrom({ placeId: 'p2', sector: undefined })).toEqual({ placeId: 'p2' });
    expect(hasScoreFilters({})).toBe(false);
    expect(hasScoreFilters({ roleGroup: 'VCSE' })).toBe(true);
  });
});
