import { isMonth, nextMonth } from '@stewardship/web-charts';
import type { PowerFigure } from '../../../generated/graphql';
import { setPlaceParam } from '../../../shared/utils/place-filter';

/** What the power page shows: a place (or the whole system), a period of months, and one month within it. */
export interface PowerFilters {
  placeId?: string;
  /** yyyy-mm, first month of the period. */
  from: string;
  /** yyyy-mm, last month of the period. */
  to: string;
  /** yyyy-mm, within the period: the month each card shows beside the period. */
  month: string;
}

/** The API serves at most this many months. */
export const POWER_MAX_MONTHS = 60;
/** The period shown when none is chosen: the last 12 months, this one included. */
export const DEFAULT_PERIOD_MONTHS = 12;

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/** The month `count` months after (or before, when negative) a yyyy-mm month. */
export const addMonths = (month: string, count: number) => monthOf(monthNumber(month) + count);

/** Every month from `from` to `to`, both included, oldest first. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The last 12 months ending with the month of `today`. */
export function defaultPowerFilters(today: Date): PowerFilters {
  const to = today.toISOString().slice(0, 7);
  return { from: addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1)), to, month: to };
}

/**
 * The filters a URL asks for. A period that is not two months in order, at most 60 apart, falls back to the last 12
 * months; a month outside the period to the period's last.
 */
export function powerFiltersFromSearchParams(params: URLSearchParams, today: Date): PowerFilters {
  const fallback = defaultPowerFilters(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const periodOk = isMonth(from) && isMonth(to) && from <= to && monthNumber(to) - monthNumber(from) < POWER_MAX_MONTHS;
  const period = periodOk ? { from, to } : { from: fallback.from, to: fallback.to };
  const month = params.get('month') ?? '';
  return {
    placeId: params.get('placeId') || undefined,
    ...period,
    month: isMonth(month) && month >= period.from && month <= period.to ? month : period.to,
  };
}

/** The URL of the filters: the period and month only when they differ from the defaults. */
export function searchParamsFromPowerFilters(filters: PowerFilters, today: Date): URLSearchParams {
  const fallback = defaultPowerFilters(today);
  const params = new URLSearchParams();
  if (filters.placeId) params.set('placeId', filters.placeId);
  if (filters.from !== fallback.from || filters.to !== fallback.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  }
  if (filters.month !== filters.to) params.set('month', filters.month);
  return params;
}

/** A period of months as the days the API counts: the first day of the first month to the last day of the last. */
export function periodDays(from: string, to: string): { from: string; to: string } {
  const last = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0));
  return { from: `${from}-01`, to: last.toISOString().slice(0, 10) };
}

/** The decisions page's filters that select what a figure counts, beyond place and period, as its URL spells them. */
const FIGURE_FILTERS: Partial<Record<PowerFigure, Record<string, string>>> = {
  outsideForumShare: { outside: 'yes' },
  reopenedShare: { reopens: 'yes' },
};

/**
 * The decisions page listing the decisions behind a figure: the same place and days, and for the figures that count
 * a kind of decision, that kind (the decisions page reads place, from, to, outside and reopens from its URL).
 */
export function decisionsLink(figure: PowerFigure, placeId: string | undefined, from: string, to: string): string {
  const days = periodDays(from, to);
  const params = new URLSearchParams();
  setPlaceParam(params, placeId);
  params.set('from', days.from);
  params.set('to', days.to);
  for (const [name, value] of Object.entries(FIGURE_FILTERS[figure] ?? {})) params.set(name, value);
  return `/decisions?${params.toString()}`;
}
