import type { ImprovementDirection, SpcRule, SpcVariation } from '@stewardship/spc';
import { monthName } from '@stewardship/network';

/** Which part of the review a figure belongs to. */
export type ReviewArea = 'PRACTICE' | 'POWER' | 'NETWORK';

/** One month of a figure with its XmR reading (libs/spc `xmr`); processMean null when the month was not charted. */
export interface ReviewPoint {
  month: string;
  value: number | null;
  processMean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  rules: readonly SpcRule[];
  variation: SpcVariation;
}

/** A figure of the review with its series up to (and usually including) the month reviewed. */
export interface ReviewFigure {
  area: ReviewArea;
  /** The figure's key within its area: a practice key, a power figure, a network measure. */
  key: string;
  /** Its name as the page shows it, e.g. "Sharing power". */
  label: string;
  improvement: ImprovementDirection;
  /** Oldest first; months without a value (hidden, nothing to count) have value null. */
  points: readonly ReviewPoint[];
  /** Decimal places a change is read at: a change that rounds to 0 is not a move. Default 2. */
  decimals?: number;
}

/**
 * How a month's value reads, for sorting and wording: a special-cause signal (the month's XmR variation is not
 * common), common-cause noise (charted, no rule fired), or not judged (the month has no XmR reading, e.g. a network
 * measure compared with the month before only).
 */
export type ChangeReading = 'SPECIAL_CAUSE_CONCERN' | 'SPECIAL_CAUSE_IMPROVEMENT' | 'SPECIAL_CAUSE_NEITHER' | 'COMMON_CAUSE' | 'NOT_JUDGED';

/** The order changes are listed in: signals first (concern before improvement), noise after, the unjudged last. */
export const CHANGE_READINGS: readonly ChangeReading[] = ['SPECIAL_CAUSE_CONCERN', 'SPECIAL_CAUSE_IMPROVEMENT', 'SPECIAL_CAUSE_NEITHER', 'COMMON_CAUSE', 'NOT_JUDGED'];

export const CHANGE_READING_LABELS: Record<ChangeReading, string> = {
  SPECIAL_CAUSE_CONCERN: 'special cause concern',
  SPECIAL_CAUSE_IMPROVEMENT: 'special cause improvement',
  SPECIAL_CAUSE_NEITHER: 'special cause, neither better nor worse',
  COMMON_CAUSE: 'common cause: noise, not a change to act on',
  NOT_JUDGED: 'no SPC reading: compared with the month before only',
};

/** A figure's month read against the month before it that has a value. */
export interface FigureReading {
  area: ReviewArea;
  key: string;
  label: string;
  month: string;
  value: number | null;
  /** The latest earlier month with a value; null when there is none. */
  previousMonth: string | null;
  previousValue: number | null;
  /** value − previousValue, null without both. */
  change: number | null;
  /** Whether the change is not 0 at the figure's decimals. */
  moved: boolean;
  reading: ChangeReading;
  /** A special-cause signal. */
  signal: boolean;
  rules: readonly SpcRule[];
  /** Charted months in a row, up to this one, on the same side of their process mean; null when not charted. */
  monthsOnSide: number | null;
  side: 'above' | 'below' | null;
  /** |change| ÷ (upper − lower process limit): how big the move is against the figure's own variation; null without limits. */
  changeInLimits: number | null;
  /** One line in words: "Sharing power: down 0.40 since October 2026 — special cause concern, third month below the mean". */
  line: string;
}

function readingOf(point: ReviewPoint | undefined): ChangeReading {
  if (!point || point.value === null || point.processMean === null) return 'NOT_JUDGED';
  switch (point.variation) {
    case 'concern':
      return 'SPECIAL_CAUSE_CONCERN';
    case 'improvement':
      return 'SPECIAL_CAUSE_IMPROVEMENT';
    case 'neitherHigh':
    case 'neitherLow':
      return 'SPECIAL_CAUSE_NEITHER';
    default:
      return 'COMMON_CAUSE';
  }
}

const sideOf = (p: ReviewPoint): 'above' | 'below' | null =>
  p.value === null || p.processMean === null || p.value === p.processMean ? null : p.value > p.processMean ? 'above' : 'below';

/** Charted months in a row, ending at `index`, on the same side of their process mean (months without a value are skipped). */
function runOnSide(points: readonly ReviewPoint[], index: number): { months: number; side: 'above' | 'below' } | null {
  const side = sideOf(points[index]);
  if (!side) return null;
  let months = 0;
  for (let i = index; i >= 0; i--) {
    if (points[i].value === null) continue;
    if (sideOf(points[i]) !== side) break;
    months++;
  }
  return { months, side };
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ordinal = (n: number) => ORDINALS[n] ?? `${n}th`;

/**
 * A figure's `month` read against the latest earlier month with a value: the change (value − previous value), whether
 * it moved (the change rounds to something other than 0 at the figure's decimals), the month's XmR reading (the
 * variation libs/spc gave that month: concern, improvement or neither is a special-cause signal; common is noise;
 * no reading is not judged), how many charted months in a row sit on the same side of the mean, and one line in words.
 */
export function readFigure(figure: ReviewFigure, month: string): FigureReading {
  const decimals = figure.decimals ?? 2;
  const index = figure.points.findIndex((p) => p.month === month);
  const point = index >= 0 ? figure.points[index] : undefined;
  const earlier = (index >= 0 ? figure.points.slice(0, index) : figure.points.filter((p) => p.month < month)).filter((p) => p.value !== null);
  const previous = earlier.at(-1) ?? null;
  const value = point?.value ?? null;
  const change = value !== null && previous ? value - (previous.value as number) : null;
  const moved = change !== null && Number(change.toFixed(decimals)) !== 0;
  const reading = readingOf(point);
  const run = point && point.processMean !== null ? runOnSide(figure.points, index) : null;
  const width = point && point.upperLimit !== null && point.lowerLimit !== null ? point.upperLimit - point.lowerLimit : null;
  const base = { area: figure.area, key: figure.key, label: figure.label, month, value, previousMonth: previous?.month ?? null, previousValue: previous?.value ?? null, change, moved };
  return {
    ...base,
    reading,
    signal: reading.startsWith('SPECIAL_CAUSE'),
    rules: point?.rules ?? [],
    monthsOnSide: run?.months ?? null,
    side: run?.side ?? null,
    changeInLimits: change !== null && width ? Math.abs(change) / width : null,
    line: lineOf(figure.label, decimals, value, change, previous?.month ?? null, month, reading, run),
  };
}

function lineOf(label: string, decimals: number, value: number | null, change: number | null, previousMonth: string | null, month: string, reading: ChangeReading, run: { months: number; side: string } | null): string {
  if (value === null) return `${label}: no figure for ${monthName(month)}`;
  if (change === null || previousMonth === null) return `${label}: ${value.toFixed(decimals)}, no earlier month to compare`;
  const moved = Number(change.toFixed(decimals)) !== 0;
  const movement = moved ? `${change > 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(decimals)} since ${monthName(previousMonth)}` : `no change since ${monthName(previousMonth)}`;
  const onSide = run && run.months >= 2 ? `, ${ordinal(run.months)} month ${run.side} the mean` : '';
  return `${label}: ${movement} — ${CHANGE_READING_LABELS[reading]}${onSide}`;
}

/**
 * What changed and is it real: every figure whose `month` moved against its previous month with a value (see
 * readFigure), sorted by reading (CHANGE_READINGS: special-cause concern, improvement, neither, then common-cause
 * noise, then not judged), within a reading the largest move against the figure's own process limits first
 * (changeInLimits; figures without limits after those with), then by name.
 */
export function whatChanged(figures: readonly ReviewFigure[], month: string): FigureReading[] {
  return figures
    .map((figure) => readFigure(figure, month))
    .filter((reading) => reading.moved)
    .sort(
      (a, b) =>
        CHANGE_READINGS.indexOf(a.reading) - CHANGE_READINGS.indexOf(b.reading) ||
        (b.changeInLimits ?? -1) - (a.changeInLimits ?? -1) ||
        a.label.localeCompare(b.label),
    );
}
