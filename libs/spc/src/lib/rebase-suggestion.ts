import { processLimits } from './process-limits';
import { type XmrInputPoint, type XmrOptions, XMR_DEFAULTS, xmr } from './xmr';

export interface RebaseSuggestion {
  /** Date of the shift's first point: where the new period would start. */
  from: string;
  /** Dates of the points in the shift, in order. */
  months: string[];
  /** Which side of the current period's mean the shift sits on. */
  direction: 'up' | 'down';
  /** Plain English: which months, which mean, and why the shift counts as held. */
  reason: string;
}

/** What the UI says a rebase is and when one is suggested, from the same defaults as the rule below. */
export const REBASE_HELP = {
  what:
    'A rebase starts a new period from a month: from then on the chart has its own mean and process limits, worked ' +
    'out from that period\'s values alone, so the limits split there. Making Data Count advises recalculating limits ' +
    'only when the process has really changed, the change is sustained, and you can say why it happened; never to ' +
    'make an awkward month look ordinary.',
  suggestion:
    `A rebase is suggested when a shift has held in the latest period: ${XMR_DEFAULTS.shiftLength} or more months in ` +
    'a row on one side of its mean that are still going at the latest month shown, or that ended with the months ' +
    "since staying within the new level's own limits and, on average, on the same side of the old mean. It starts " +
    'at the first month of the shift.',
  limits:
    `A new period needs ${XMR_DEFAULTS.minimumPoints} months to have limits of its own; until then its months are ` +
    'charted without limits, and variation is not judged.',
} as const;

/**
 * Whether to suggest a rebase: a sustained shift has held in the latest period, so its mean and limits no longer
 * describe the process. Making Data Count advises recalculating limits only when the process has changed and the
 * change is sustained, and a shift (a run of points on one side of the mean) is its sign of a sustained change.
 *
 * The rule, on the same points and options as `xmr` (`rebase`, `shiftLength`, `fixAfterPoints`, …):
 * 1. Only the latest period counts: points before the last rebase date are ignored. That period must have a mean
 *    (at least `minimumPoints` points); without limits there is nothing to rebase away from.
 * 2. Find the last run in that period of `shiftLength` (default 7) or more points in a row on one side of the
 *    period's mean, as the shift rule finds them (a point exactly on the mean breaks a run).
 * 3. Suggest a rebase at the run's first point when either
 *    a. the run is still going: it ends at the latest point; or
 *    b. it ended in a new stable level: every point since the run lies within the run's own process limits
 *       (run mean ± 2.66 × the run's mean moving range), and those points average on the run's side of the
 *       old mean.
 *    Otherwise (the process went back, or no such run), null.
 *
 * Why (b) is defined so: in a shifted process with ordinary scatter, one point just across the old mean ends the run
 * though nothing has changed back, so "the run ended" alone is no evidence of reverting. A process that really went
 * back shows it either by a point outside what the new level's own variation allows, or by the points since the run
 * sitting, on average, back at the old side of the mean. Both tests use only the run and the points after it, the
 * data a rebase at the run's start would chart.
 */
export function rebaseSuggestion(points: readonly XmrInputPoint[], options: XmrOptions = {}): RebaseSuggestion | null {
  const result = xmr(points, options);
  const latest = result.periods.at(-1);
  if (!latest || latest.mean === null) return null;
  const oldMean = latest.mean;
  const period = result.points.filter((point) => point.date >= latest.from);
  const shiftLength = options.shiftLength ?? XMR_DEFAULTS.shiftLength;
  const run = lastRun(
    period.map((point) => Math.sign(point.value - oldMean)),
    shiftLength,
  );
  // A run from the period's first point is where the period already starts.
  if (!run || run.start === 0) return null;

  const shift = period.slice(run.start, run.end + 1);
  const since = period.slice(run.end + 1);
  const direction = run.side > 0 ? 'up' : 'down';
  const side = direction === 'up' ? 'above' : 'below';
  const runText =
    `${shift.length} months in a row, ${monthName(shift[0].date)} to ${monthName(shift[shift.length - 1].date)}, ` +
    `were ${side} the mean of ${oldMean.toFixed(2)}`;
  const suggestion = { from: shift[0].date, months: shift.map((point) => point.date), direction } as const;

  if (since.length === 0) {
    return {
      ...suggestion,
      reason: `${runText}, and the run is still going at the latest month: the process has shifted to a new level.`,
    };
  }

  const level = processLimits(
    shift.map((point) => point.value),
    { screenOutliers: options.screenOutliers ?? XMR_DEFAULTS.screenOutliers },
  );
  const withinLevel = since.every((point) => point.value >= level.lowerLimit && point.value <= level.upperLimit);
  const sinceMean = since.reduce((sum, point) => sum + point.value, 0) / since.length;
  const stillOnSide = Math.sign(sinceMean - oldMean) === run.side;
  if (!withinLevel || !stillOnSide) return null;

  const sinceText = since.length === 1 ? 'the month since stayed' : `the ${since.length} months since stayed`;
  return {
    ...suggestion,
    reason:
      `${runText}. The run has ended, but ${sinceText} within that new level's limits ` +
      `(${level.lowerLimit.toFixed(2)} to ${level.upperLimit.toFixed(2)}) and ${side} the old mean on average: ` +
      'the new level has held.',
  };
}

interface SideRun {
  start: number;
  end: number;
  /** +1 above the mean, −1 below. */
  side: number;
}

function lastRun(sides: readonly number[], minLength: number): SideRun | null {
  let found: SideRun | null = null;
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i < sides.length && sides[i] !== 0 && sides[i] === sides[i - 1]) continue;
    if (i - start >= minLength && sides[start] !== 0) found = { start, end: i - 1, side: sides[start] };
    start = i;
  }
  return found;
}

function monthName(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
