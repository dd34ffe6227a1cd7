import { isDecisionOutcome, isIsoDate, isPracticeKey } from '@stewardship/domain';
import { countText } from '../../../shared/utils/count-text';
import { placeIdFromParams, setPlaceParam } from '../../../shared/utils/place-filter';
import type { DecisionFilter, DecisionOutcome, Practice } from '../../../generated/graphql';

/** The log's filters as the page holds them; the URL query string is their source of truth. */
export interface DecisionFilters {
  search: string;
  forumId?: string;
  placeId?: string;
  /** First and last day, yyyy-mm-dd, inclusive. */
  from?: string;
  to?: string;
  organisationId?: string;
  practice?: Practice;
  outcome?: DecisionOutcome;
  /** true: only decisions that reopen an earlier one; false: only those that do not; absent: either. */
  reopens?: boolean;
  outsideForum?: boolean;
}

/** Yes/no filters are `yes` or `no` in the URL; anything else means "either". */
function yesNoParam(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

function idParam(value: string | null): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

export function filtersFromSearchParams(params: URLSearchParams, defaultPlaceId?: string): DecisionFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const practice = params.get('practice');
  const outcome = params.get('outcome');
  return {
    search: (params.get('search') ?? '').trim(),
    forumId: idParam(params.get('forum')),
    placeId: placeIdFromParams(params, defaultPlaceId),
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
    organisationId: idParam(params.get('organisation')),
    practice: isPracticeKey(practice) ? practice : undefined,
    outcome: isDecisionOutcome(outcome) ? outcome : undefined,
    reopens: yesNoParam(params.get('reopens')),
    outsideForum: yesNoParam(params.get('outside')),
  };
}

/** The inverse of filtersFromSearchParams: only what differs from the defaults goes into the URL. */
export function searchParamsFromFilters(filters: DecisionFilters, defaultPlaceId?: string): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('search', search);
  if (filters.forumId) params.set('forum', filters.forumId);
  setPlaceParam(params, filters.placeId, defaultPlaceId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  if (filters.practice) params.set('practice', filters.practice);
  if (filters.outcome) params.set('outcome', filters.outcome);
  if (filters.reopens !== undefined) params.set('reopens', filters.reopens ? 'yes' : 'no');
  if (filters.outsideForum !== undefined) params.set('outside', filters.outsideForum ? 'yes' : 'no');
  return params;
}

/** The `filter` argument of the decisions query, without empty fields (they would split the cache key). */
export function decisionFilterFrom(filters: DecisionFilters): DecisionFilter {
  const filter: DecisionFilter = {};
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.forumId) filter.forumId = filters.forumId;
  if (filters.placeId) filter.placeId = filters.placeId;
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  if (filters.organisationId) filter.organisationId = filters.organisationId;
  if (filters.practice) filter.practice = filters.practice;
  if (filters.outcome) filter.outcome = filters.outcome;
  if (filters.reopens !== undefined) filter.reopens = filters.reopens;
  if (filters.outsideForum !== undefined) filter.outsideForum = filters.outsideForum;
  return filter;
}

export function hasActiveFilters(filters: DecisionFilters): boolean {
  return Object.keys(decisionFilterFrom(filters)).length > 0;
}

/** "1 decision", "2,140 decisions". */
export function decisionCountText(count: number): string {
  return countText(count, 'decision');
}
