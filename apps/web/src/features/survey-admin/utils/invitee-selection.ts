import type { PeopleFilter, RoleGroup, Sector } from '../../../generated/graphql';

/** The invitee picker's filters; undefined means "all". */
export interface InviteeFilters {
  placeId?: string;
  sector?: Sector;
  organisationId?: string;
  roleGroup?: RoleGroup;
}

/** The people query's `filter` for the picker, without empty fields (they would split the cache key). */
export function inviteeFilterFrom(filters: InviteeFilters): PeopleFilter {
  const filter: PeopleFilter = {};
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.sector) filter.sector = filters.sector;
  if (filters.organisationId) filter.organisationId = filters.organisationId;
  if (filters.roleGroup) filter.roleGroup = filters.roleGroup;
  return filter;
}

/**
 * A new place or sector narrows the partners the organisation filter offers, so a partner chosen before may no
 * longer be among them: the organisation filter then starts again from "All organisations".
 */
export function changeInviteeFilters(filters: InviteeFilters, change: InviteeFilters): InviteeFilters {
  const narrowsPartners = ('placeId' in change && change.placeId !== filters.placeId) || ('sector' in change && change.sector !== filters.sector);
  return { ...filters, ...(narrowsPartners ? { organisationId: undefined } : {}), ...change };
}

/** `selected` with `ids` added, in the order chosen, each once. */
export function withIds(selected: readonly string[], ids: readonly string[]): string[] {
  return [...new Set([...selected, ...ids])];
}

/** `selected` without `ids`. */
export function withoutIds(selected: readonly string[], ids: readonly string[]): string[] {
  const removed = new Set(ids);
  return selected.filter((id) => !removed.has(id));
}
