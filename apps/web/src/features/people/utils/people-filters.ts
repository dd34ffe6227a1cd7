import { isRoleGroup } from '@stewardship/domain';
import type { PeopleFilter, RoleGroup } from '../../../generated/graphql';
import { placeIdFromParams, setPlaceParam } from '../../../shared/utils/place-filter';

/** The people list's filters; the URL query string is their source of truth. */
export interface PeopleFilters {
  search: string;
  organisationId?: string;
  /** People whose organisation serves this place. */
  placeId?: string;
  roleGroup?: RoleGroup;
  includeArchived?: true;
}

/** `defaultPlaceId` is where a place lead starts: their own place, until they clear it (`place=all`). */
export function peopleFiltersFrom(params: URLSearchParams, defaultPlaceId?: string): PeopleFilters {
  const roleGroup = params.get('roleGroup');
  const organisationId = params.get('organisation')?.trim();
  return {
    search: (params.get('search') ?? '').trim(),
    organisationId: organisationId ? organisationId : undefined,
    placeId: placeIdFromParams(params, defaultPlaceId),
    roleGroup: isRoleGroup(roleGroup) ? roleGroup : undefined,
    includeArchived: params.get('archived') === 'show' ? true : undefined,
  };
}

/** The inverse of peopleFiltersFrom: only the filters that are set go into the URL. */
export function searchParamsFromPeopleFilters(filters: PeopleFilters, defaultPlaceId?: string): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('search', search);
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  setPlaceParam(params, filters.placeId, defaultPlaceId);
  if (filters.roleGroup) params.set('roleGroup', filters.roleGroup);
  if (filters.includeArchived) params.set('archived', 'show');
  return params;
}

/** The `filter` argument of the people query, without empty fields (they would split the cache key). */
export function peopleFilterFrom(filters: PeopleFilters): PeopleFilter {
  const filter: PeopleFilter = {};
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.organisationId) filter.organisationId = filters.organisationId;
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.roleGroup) filter.roleGroup = filters.roleGroup;
  if (filters.includeArchived) filter.includeArchived = true;
  return filter;
}

export function hasActivePeopleFilters(filters: PeopleFilters): boolean {
  return Boolean(filters.search || filters.organisationId || filters.placeId || filters.roleGroup || filters.includeArchived);
}
