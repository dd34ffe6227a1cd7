import { formatMonth } from '@stewardship/web-charts';
import type { ScoreSeries } from './score-format';

export type ScoreRebase = ScoreSeries['rebases'][number];
export type RebaseSuggestion = NonNullable<ScoreSeries['rebaseSuggestion']>;

/** What a rebase line's title, and the month it starts, say: "Rebase from January 2026: <reason>". */
export function rebaseLabel(rebase: Pick<ScoreRebase, 'month' | 'reason'>): string {
  return `Rebase from ${formatMonth(rebase.month)}: ${rebase.reason}`;
}

/** The series' rebases as the chart draws them: a line at each new period's first month, titled with its reason. */
export function chartRebases(series: ScoreSeries): { month: string; label: string }[] {
  return series.rebases.map((rebase) => ({ month: rebase.month, label: rebaseLabel(rebase) }));
}

/** The active rebase that starts a new period at `month`, if any. */
export function rebaseAt(series: ScoreSeries, month: string): ScoreRebase | undefined {
  return series.rebases.find((rebase) => rebase.month === month);
}

/**
 * The first month of the period each month belongs to, in order: the first month shown, or the latest rebase at or
 * before it. A period's mean and limits are computed from its months alone.
 */
export function periodStarts(series: ScoreSeries): string[] {
  const first = series.points[0]?.month ?? '';
  return series.points.map((point) => series.rebases.filter((rebase) => rebase.month <= point.month).reduce((latest, rebase) => (rebase.month > latest ? rebase.month : latest), first));
}

/** "January 2026 to July 2026": the months of a suggested shift. */
export function suggestionMonths(suggestion: RebaseSuggestion): string {
  const first = suggestion.months[0];
  const last = suggestion.months[suggestion.months.length - 1];
  return first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
}

/** Who set a rebase and when, as the list under a chart says it. */
export function rebaseAuthorship(rebase: ScoreRebase): string {
  const on = new Date(rebase.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  return `Set by ${rebase.createdBy ?? 'a user who has since been removed'} on ${on}`;
}
