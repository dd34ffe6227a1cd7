import { formatMonth } from '@stewardship/web-charts';
import { countText } from '../../../shared/utils/count-text';
import type { TieChange } from './network-graph';

/** The months a replay steps through: the rated ones, oldest first (the API lists them newest first). */
export function replayMonths(ratedMonths: readonly string[]): string[] {
  return [...ratedMonths].sort();
}

/** The rated month `step` places after (or before) `month`; null past either end, or when `month` is not rated. */
export function stepMonth(months: readonly string[], month: string, step: number): string | null {
  const index = months.indexOf(month);
  if (index === -1) return null;
  return months[index + step] ?? null;
}

/** The rated month before `month`: what a tie's change is measured from. */
export function previousRatedMonth(ratedMonths: readonly string[], month: string): string | null {
  return stepMonth(replayMonths(ratedMonths), month, -1);
}

/**
 * Where play goes next: the following month, or, at the last month, back to the first (pressing play at the end
 * replays from the start). Null when there is one month or none.
 */
export function playFrom(months: readonly string[], month: string): string | null {
  if (months.length < 2) return null;
  return stepMonth(months, month, 1) ?? months[0];
}

/** "Since March 2026: 3 ties formed, 5 weakened, 1 broken." for the month a replay shows. */
export function changeSummary(changes: ReadonlyMap<string, TieChange>, previousMonth: string | null): string {
  if (!previousMonth) return 'The first rated month: no earlier month to compare with.';
  const count = (change: TieChange) => [...changes.values()].filter((c) => c === change).length;
  return `Since ${formatMonth(previousMonth)}: ${countText(count('formed'), 'tie')} formed, ${count('weakened').toLocaleString('en-GB')} weakened, ${count('broken').toLocaleString('en-GB')} broken.`;
}
