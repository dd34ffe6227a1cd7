import { isOrganisationKind, isSector } from '@stewardship/domain';
import { countText } from '../../../shared/utils/count-text';
import { placeIdFromParams, setPlaceParam } from '../../../shared/utils/place-filter';
import type { OrganisationFilter, OrganisationKind, Sector } from '../../../generated/graphql';

/** The register list's filters as the page holds them; the URL query string is their source of truth. */
export interface PartnerFilters {
  search: string;
  kind?: OrganisationKind;
  sector?: Sector;
  placeId?: string;
  /** Archived partners are left out unless asked for (`archived=show`). */
  includeArchived?: true;
}

export function filtersFromSearchParams(params: URLSearchParams, defaultPlaceId?: string): PartnerFilters {
  const kind = params.get('kind');
  const sector = params.get('sector');
  return {
    search: (params.get('search') ?? '').trim(),
    kind: isOrganisationKind(kind) ? kind : undefined,
    sector: isSector(sector) ? sector : undefined,
    placeId: placeIdFromParams(params, defaultPlaceId),
    includeArchived: params.get('archived') === 'show' ? true : undefined,
  };
}

/** The inverse of filtersFromSearchParams: only what differs from the defaults goes into the URL. */
export function searchParamsFromFilters(filters: PartnerFilters, defaultPlaceId?: string): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('search', search);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.sector) params.set('sector', filters.sector);
  setPlaceParam(params, filters.placeId, defaultPlaceId);
  if (filters.includeArchived) params.set('archived', 'show');
  return params;
}

/** The `filter` argument of the organisations query, without empty fields (they would split the cache key). */
export function organisationFilterFrom(filters: PartnerFilters): OrganisationFilter {
  const filter: OrganisationFilter = {};
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.kind) filter.kind = filters.kind;
  if (filters.sector) filter.sector = filters.sector;
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.includeArchived) filter.includeArchived = true;
  return filter;
}

export function hasActiveFilters(filters: PartnerFilters): boolean {
  return Boolean(filters.search || filters.kind || filters.sector || filters.placeId || filters.includeArchived);
}

/** "1 partner", "124 partners". */
export function partnerCountText(count: number): string {
  return countText(count, 'partner');
}
