import { hasScoreFilters, openedMonths, scoreFilterFrom, scoreFiltersFromSearchParams, searchParamsFromScoreFilters } from './score-filters';

describe('score filters in the URL', () => {
  it('reads place, sector and role group, ignoring values that are not real', () => {
    expect(scoreFiltersFromSearchParams(new URLSearchParams('place=p1&sector=VCSE&roleGroup=CLINICAL&month=2026-05'))).toEqual({
      placeId: 'p1',
      sector: 'VCSE',
      roleGroup: 'CLINICAL',
      toMonth: '2026-05',
    });
    expect(scoreFiltersFromSearchParams(new URLSearchParams('place=%20&sector=PIRATES&roleGroup=clinical&month=2026-13'))).toEqual({
      placeId: undefined,
      sector: undefined,
      roleGroup: undefined,
      toMonth: undefined,
    });
  });

  it('writes only the filters that are set, and back again', () => {
    const filters = { sector: 'LOCAL_GOVERNMENT', roleGroup: 'EXECUTIVE', toMonth: '2026-04' } as const;
    const params = searchParamsFromScoreFilters(filters);
    expect(params.toString()).toBe('sector=LOCAL_GOVERNMENT&roleGroup=EXECUTIVE&month=2026-04');
    expect(scoreFiltersFromSearchParams(params)).toEqual({ placeId: undefined, ...filters });
  });

  it('leaves empty fields out of the query filter', () => {
    expect(scoreFilterFrom({})).toEqual({});
    expect(scoreFilterFrom({ placeId: 'p2', sector: undefined })).toEqual({ placeId: 'p2' });
    expect(hasScoreFilters({})).toBe(false);
    expect(hasScoreFilters({ roleGroup: 'VCSE' })).toBe(true);
    expect(hasScoreFilters({ toMonth: '2026-04' })).toBe(false);
  });

  it('offers the months whose round has opened, newest first, each once', () => {
    const rounds = [
      { month: '2026-10', status: 'CLOSED' },
      { month: '2026-12', status: 'SCHEDULED' },
      { month: '2026-11', status: 'OPEN' },
      { month: '2026-10', status: 'CLOSED' },
    ];
    expect(openedMonths(rounds)).toEqual(['2026-11', '2026-10']);
  });
});
