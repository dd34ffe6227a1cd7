import { hasActivePeopleFilters, peopleFilterFrom, peopleFiltersFrom, searchParamsFromPeopleFilters } from './people-filters';

const params = (query: string) => new URLSearchParams(query);

describe('peopleFiltersFrom', () => {
  it('reads search, organisation, role group and archived', () => {
    expect(peopleFiltersFrom(params('search=+jo+&organisation=o1&roleGroup=CLINICAL&archived=show'))).toEqual({
      search: 'jo',
      organisationId: 'o1',
      roleGroup: 'CLINICAL',
      includeArchived: true,
    });
  });

  it('starts a place lead on their own place until they choose all places', () => {
    expect(peopleFiltersFrom(params(''), 'mine')).toEqual({ search: '', placeId: 'mine' });
    expect(peopleFiltersFrom(params('place=all'), 'mine')).toEqual({ search: '' });
    expect(peopleFilterFrom(peopleFiltersFrom(params(''), 'mine'))).toEqual({ placeId: 'mine' });
    expect(searchParamsFromPeopleFilters({ search: '' }, 'mine').toString()).toBe('place=all');
    expect(searchParamsFromPeopleFilters({ search: '', placeId: 'mine' }, 'mine').toString()).toBe('');
  });

  it('ignores role groups the API does not know and empty values', () => {
    expect(peopleFiltersFrom(params('roleGroup=doctor&organisation=+'))).toEqual({ search: '' });
  });
});

describe('searchParamsFromPeopleFilters and peopleFilterFrom', () => {
  it('round-trips through the URL', () => {
    const filters = { search: 'Jo & Sam', organisationId: 'o2', placeId: 'p1', roleGroup: 'VCSE' as const, includeArchived: true as const };
    expect(peopleFiltersFrom(searchParamsFromPeopleFilters(filters))).toEqual(filters);
    expect(searchParamsFromPeopleFilters({ search: ' ' }).toString()).toBe('');
  });

  it('drops empty fields from the query filter', () => {
    expect(peopleFilterFrom({ search: ' ' })).toEqual({});
    expect(peopleFilterFrom({ search: 'jo', roleGroup: 'OTHER' })).toEqual({ search: 'jo', roleGroup: 'OTHER' });
  });

  it('counts any filter as active', () => {
    expect(hasActivePeopleFilters({ search: '' })).toBe(false);
    expect(hasActivePeopleFilters({ search: '', includeArchived: true })).toBe(true);
  });
});
