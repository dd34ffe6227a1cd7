import { VERDICTS } from '@stewardship/evidence';
import { isPracticeKey } from '@stewardship/domain';
import { countText } from '../../../shared/utils/count-text';
import type { ClaimFilter, ClaimStatus, Practice, Verdict } from '../../../generated/graphql';

/** The list's filters as the page holds them; the URL query string is their source of truth. */
export interface ClaimFilters {
  status?: ClaimStatus;
  practice?: Practice;
  placeId?: string;
  /** The verdict the app suggests from the evidence as it stands. */
  suggestedVerdict?: Verdict;
  /** The latest reviewer's verdict. */
  verdict?: Verdict;
}

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['AWAITING', 'REVIEWED', 'CHANGED'];

const isStatus = (value: string | null): value is ClaimStatus => CLAIM_STATUSES.includes(value as ClaimStatus);
const isVerdict = (value: string | null): value is Verdict => (VERDICTS as readonly string[]).includes(value ?? '');

export function claimFiltersFromSearchParams(params: URLSearchParams): ClaimFilters {
  const status = params.get('status');
  const practice = params.get('practice');
  const place = params.get('place');
  const suggested = params.get('suggested');
  const verdict = params.get('verdict');
  return {
    status: isStatus(status) ? status : undefined,
    practice: isPracticeKey(practice) ? practice : undefined,
    placeId: place && place.trim() !== '' ? place : undefined,
    suggestedVerdict: isVerdict(suggested) ? suggested : undefined,
    verdict: isVerdict(verdict) ? verdict : undefined,
  };
}

/** The inverse of claimFiltersFromSearchParams: only the filters in force go into the URL. */
export function searchParamsFromClaimFilters(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.practice) params.set('practice', filters.practice);
  if (filters.placeId) params.set('place', filters.placeId);
  if (filters.suggestedVerdict) params.set('suggested', filters.suggestedVerdict);
  if (filters.verdict) params.set('verdict', filters.verdict);
  return params;
}

/** The `filter` argument of the claims and exportClaims queries, without empty fields (they would split the cache key). */
export function claimFilterFrom(filters: ClaimFilters): ClaimFilter {
  const filter: ClaimFilter = {};
  if (filters.status) filter.status = filters.status;
  if (filters.practice) filter.practice = filters.practice;
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.suggestedVerdict) filter.suggestedVerdict = filters.suggestedVerdict;
  if (filters.verdict) filter.verdict = filters.verdict;
  return filter;
}

export function hasActiveClaimFilters(filters: ClaimFilters): boolean {
  return Object.keys(claimFilterFrom(filters)).length > 0;
}

/** "1 claim", "12 claims". */
export function claimCountText(count: number): string {
  return countText(count, 'claim');
}

/** claims-2026-12-02.csv: the day of the download, so several downloads sort by date. */
export function claimsCsvName(today: Date): string {
  return `claims-${today.toISOString().slice(0, 10)}.csv`;
}
