import { isMonth } from '@stewardship/web-charts';

/** What the review shows: a month (yyyy-mm; none means the API's default, the newest closed) and a place (none: the whole system). */
export interface ReviewView {
  month?: string;
  placeId?: string;
}

/** `?month=yyyy-mm&place=<id>`: a month that is not yyyy-mm is ignored, as is an empty place. */
export function reviewViewFromSearchParams(params: URLSearchParams): ReviewView {
  const month = params.get('month') ?? '';
  const place = params.get('place')?.trim();
  return { month: isMonth(month) ? month : undefined, placeId: place ? place : undefined };
}

export function searchParamsFromReviewView(view: ReviewView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.month) params.set('month', view.month);
  if (view.placeId) params.set('place', view.placeId);
  return params;
}

/** `/review?…` or `/review/board-pack?…` for a view. */
export function reviewPath(view: ReviewView, boardPack = false): string {
  const query = searchParamsFromReviewView(view).toString();
  return `/review${boardPack ? '/board-pack' : ''}${query ? `?${query}` : ''}`;
}

export interface SurveyRoundMonth {
  month: string;
  status: 'OPEN' | 'CLOSED' | 'SCHEDULED';
}

/** The months the picker offers: every month whose survey round has opened, newest first, an open one marked "(survey open)". */
export function reviewMonthOptions(rounds: readonly SurveyRoundMonth[], formatMonth: (month: string) => string): { value: string; label: string }[] {
  return rounds
    .filter((round) => round.status !== 'SCHEDULED')
    .sort((a, b) => b.month.localeCompare(a.month))
    .map((round) => ({ value: round.month, label: round.status === 'OPEN' ? `${formatMonth(round.month)} (survey open)` : formatMonth(round.month) }));
}
