import {
  filtersFromSearchParams,
  hasActiveFilters,
  organisationFilterFrom,
  partnerCountText,
  searchParamsFromFilters,
} from './partner-filters';

const params = (query: string) => new URLSearchParams(query);

describe('filtersFromSearchParams', () => {
  it('reads search, kind, sector and place', () => {
    expect(filtersFromSearchParams(params('search=+north+&kind=HOSPICE&sector=VCSE&place=p1'))).toEqual({
      search: 'north',
      kind: 'HOSPICE',
      sector: 'VCSE',
      placeId: 'p1',
    });
  });

  it('shows archived partners only when asked', () => {
    expect(filtersFromSearchParams(params('archived=show')).includeArchived).toBe(true);
    expect(filtersFromSearchParams(params('archived=yes')).includeArchived).toBeUndefined();
    expect(searchParamsFromFilters({ search: '', includeArchived: true }).toString()).toBe('archived=show');
    expect(organisationFilterFrom({ search: '', includeArchived: true })).toEqual({ includeArchived: true });
    expect(hasActiveFilters({ search: '', includeArchived: true })).toBe(true);
  });

  it('ignores kinds and sectors the API does not know', () => {
    const filters = filtersFromSearchParams(params('kind=hospital&sector=nhs'));
    expect(filters.kind).toBeUndefined();
    expect(filters.sector).toBeUndefined();
  });

  it("applies the default place only when the URL says nothing about place", () => {
    expect(filtersFromSearchParams(params(''), 'mine').placeId).toBe('mine');
    expect(filtersFromSearchParams(params('place=other'), 'mine').placeId).toBe('other');
    expect(filtersFromSearchParams(params('place=all'), 'mine').placeId).toBeUndefined();
    expect(filtersFromSearchParams(params('place='), 'mine').placeId).toBeUndefined();
  });
});

describe('searchParamsFromFilters', () => {
  it('writes only the filters that are set', () => {
    expect(searchParamsFromFilters({ search: '  RXN ', kind: 'ACUTE_TRUST' }).toString()).toBe(
      'search=RXN&kind=ACUTE_TRUST',
    );
    expect(searchParamsFromFilters({ search: '' }).toString()).toBe('');
  });

  it('leaves the default place out and records a cleared default as place=all', () => {
    expect(searchParamsFromFilters({ search: '', placeId: 'mine' }, 'mine').toString()).toBe('');
    expect(searchParamsFromFilters({ search: '' }, 'mine').toString()).toBe('place=all');
    expect(searchParamsFromFilters({ search: '', placeId: 'other' }, 'mine').toString()).toBe('place=other');
    expect(searchParamsFromFilters({ search: '', placeId: 'p1' }).toString()).toBe('place=p1');
  });

  it('round-trips through the URL', () => {
    const filters = { search: 'Hospice & care', kind: 'HOSPICE' as const, sector: 'VCSE' as const, placeId: 'p2' };
    expect(filtersFromSearchParams(searchParamsFromFilters(filters, 'p1'), 'p1')).toEqual(filters);
    expect(filtersFromSearchParams(searchParamsFromFilters({ search: '' }, 'p1'), 'p1')).toEqual({
      search: '',
      kind: undefined,
      sector: undefined,
      placeId: undefined,
    });
  });
});

describe('organisationFilterFrom', () => {
  it('drops empty fields so equal filters share one cache entry', () => {
    expect(organisationFilterFrom({ search: ' ' })).toEqual({});
    expect(organisationFilterFrom({ search: 'north', sector: 'NHS', placeId: 'p1' })).toEqual({
      search: 'north',
      sector: 'NHS',
      placeId: 'p1',
    });
  });
});

describe('hasActiveFilters', () => {
  it('counts any filter as active', () => {
    expect(hasActiveFilters({ search: '' })).toBe(false);
    expect(hasActiveFilters({ search: '', placeId: 'p1' })).toBe(true);
    expect(hasActiveFilters({ search: 'x' })).toBe(true);
  });
});

describe('partnerCountText', () => {
  it('says partner or partners', () => {
    expect(partnerCountText(0)).toBe('0 partners');
    expect(partnerCountText(1)).toBe('1 partner');
    expect(partnerCountText(1240)).toBe('1,240 partners');
  });
});
