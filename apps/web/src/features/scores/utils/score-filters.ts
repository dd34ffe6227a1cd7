import { isoMonthProblem, isRoleGroup, isSector } from '@stewardship/domain';
import type { RoleGroup, ScoreFilter, Sector } from '../../../generated/graphql';

/** The score page's filters; the URL query string is their source of truth (`?place=…&sector=…&roleGroup=…&month=…`). */
export interface ScoreFilters {
  placeId?: string;
  sector?: Sector;
  roleGroup?: RoleGroup;
  /** The month shown as latest, yyyy-mm; unset means the latest opened month. */
  toMonth?: string;
}

export function scoreFiltersFromSearchParams(params: URLSearchParams): ScoreFilters {
  const place = params.get('place')?.trim();
  const sector = params.get('sector');
  const roleGroup = params.get('roleGroup');
  const month = params.get('month') ?? '';
  return {
    placeId: place ? place : undefined,
    sector: isSector(sector) ? sector : undefined,
    roleGroup: isRoleGroup(roleGroup) ? roleGroup : undefined,
    toMonth: isoMonthProblem(month) ? undefined : month,
  };
}

/** The inverse of scoreFiltersFromSearchParams: only the filters that are set go into the URL. */
export function searchParamsFromScoreFilters(filters: ScoreFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.placeId) params.set('place', filters.placeId);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.roleGroup) params.set('roleGroup', filters.roleGroup);
  if (filters.toMonth) params.set('month', filters.toMonth);
  return params;
}

/** The `filter` argument of practiceScores, without empty fields (they would split the cache key). */
export function scoreFilterFrom(filters: ScoreFilters): ScoreFilter {
  const filter: ScoreFilter = {};
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.sector) filter.sector = filters.sector;
  if (filters.roleGroup) filter.roleGroup = filters.roleGroup;
  return filter;
}

/** Whether the partners are narrowed (the month chosen narrows nothing). */
export function hasScoreFilters(filters: ScoreFilters): boolean {
  return Boolean(filters.placeId || filters.sector || filters.roleGroup);
}

/** The months whose round has opened, newest first, each once. */
export function openedMonths(rounds: readonly { month: string; status: string }[]): string[] {
  return [...new Set(rounds.filter((round) => round.status !== 'SCHEDULED').map((round) => round.month))].sort().reverse();
}
