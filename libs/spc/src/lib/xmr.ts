import { movingRanges, processLimits } from './process-limits';
import { specialCauses, type Direction, type SpcRule } from './special-cause-rules';

export type { SpcRule } from './special-cause-rules';
export type SpcVariation = 'common' | 'improvement' | 'concern' | 'neitherHigh' | 'neitherLow';
export type ImprovementDirection = 'increase' | 'decrease' | 'neither';
export type SpcAssurance = 'pass' | 'fail' | 'inconsistent';

export interface XmrOptions {
  /** Which way is better; default 'increase' (higher collaboration scores are better). */
  improvement?: ImprovementDirection;
  /** Dates at which a new period, with its own mean and limits, starts (at the first point on or after each). */
  rebase?: string[];
  /** Compute each period's mean and limits from its first this many points; at least `minimumPoints`. */
  fixAfterPoints?: number;
  /** Leave out moving ranges ≥ 3.267 × their mean before the limits are set; default true. */
  screenOutliers?: boolean;
  /** Default 7. */
  shiftLength?: number;
  /** Default 7. */
  trendLength?: number;
  /** A period with fewer points gets no limits; default 12. */
  minimumPoints?: number;
  target?: number;
}

export interface XmrInputPoint {
  /** ISO yyyy-mm-dd. */
  date: string;
  value: number;
}

export interface XmrPoint {
  date: string;
  value: number;
  /** The period's; null when the period has too few points for limits. */
  mean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  /** |value − previous value| within the period; null for a period's first point. */
  movingRange: number | null;
  rules: SpcRule[];
  variation: SpcVariation;
}

export interface XmrPeriod {
  /** Date of the period's first point. */
  from: string;
  /** Date of the period's last point. */
  to: string;
  mean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  averageMovingRange: number | null;
  pointCount: number;
  /** Why the period has no limits; null when it has them. */
  reason: string | null;
}

export interface XmrResult {
  /** The direction the variations were judged against. */
  improvement: ImprovementDirection;
  periods: XmrPeriod[];
  /** Sorted by date. */
  points: XmrPoint[];
  /** Only with a target, an improvement direction and limits in the latest period. */
  assurance?: SpcAssurance;
}

export const XMR_DEFAULTS = {
  improvement: 'increase',
  screenOutliers: true,
  shiftLength: 7,
  trendLength: 7,
  minimumPoints: 12,
} as const satisfies XmrOptions;

type XmrSettings = Required<Omit<XmrOptions, 'fixAfterPoints' | 'target'>> &
  Pick<XmrOptions, 'fixAfterPoints' | 'target'>;

/**
 * An XmR chart as NHS England's Making Data Count defines it and NHSRplotthedots computes it: per period, the mean,
 * moving ranges, limits (see `processLimits`), the four special-cause rules (see `specialCauses`), each point's
 * variation against the improvement direction, and assurance against an optional target.
 */
export function xmr(points: readonly XmrInputPoint[], options: XmrOptions = {}): XmrResult {
  const settings = settingsFrom(options);
  const charted = splitIntoPeriods(sortedByDate(points), settings.rebase).map((period) =>
    chartPeriod(period, settings),
  );
  const result: XmrResult = {
    improvement: settings.improvement,
    periods: charted.map((chart) => chart.period),
    points: charted.flatMap((chart) => chart.points),
  };
  const assurance = assuranceAgainst(settings.target, settings.improvement, result.periods.at(-1));
  if (assurance) result.assurance = assurance;
  return result;
}

/** A flagged point's class: which way it points, against the way that is better. */
export function variationOf(direction: Direction | null, improvement: ImprovementDirection): SpcVariation {
  if (direction === null) return 'common';
  if (improvement === 'neither') return direction === 'high' ? 'neitherHigh' : 'neitherLow';
  return direction === (improvement === 'increase' ? 'high' : 'low') ? 'improvement' : 'concern';
}

function chartPeriod(
  points: readonly XmrInputPoint[],
  settings: XmrSettings,
): { period: XmrPeriod; points: XmrPoint[] } {
  const values = points.map((point) => point.value);
  const ranges = [null, ...movingRanges(values)];
  const span = { from: points[0].date, to: points[points.length - 1].date, pointCount: points.length };

  if (points.length < settings.minimumPoints) {
    return {
      period: {
        ...span,
        mean: null,
        lowerLimit: null,
        upperLimit: null,
        averageMovingRange: null,
        reason: `Limits need at least ${settings.minimumPoints} points; this period has ${points.length}`,
      },
      points: points.map((point, i) => ({
        ...point,
        mean: null,
        lowerLimit: null,
        upperLimit: null,
        movingRange: ranges[i],
        rules: [],
        variation: 'common',
      })),
    };
  }

  const limits = processLimits(values, settings);
  const causes = specialCauses(values, limits, settings);
  return {
    period: {
      ...span,
      mean: limits.mean,
      lowerLimit: limits.lowerLimit,
      upperLimit: limits.upperLimit,
      averageMovingRange: limits.averageMovingRange,
      reason: null,
    },
    points: points.map((point, i) => ({
      ...point,
      mean: limits.mean,
      lowerLimit: limits.lowerLimit,
      upperLimit: limits.upperLimit,
      movingRange: ranges[i],
      rules: causes[i].rules,
      variation: variationOf(causes[i].direction, settings.improvement),
    })),
  };
}

/**
 * NHSRplotthedots' `ptd_calculate_assurance_type`, on the latest period's limits. Its comparisons are strict, so a
 * target exactly on a limit is 'inconsistent': values on that limit would meet the target, values just inside miss it.
 */
function assuranceAgainst(
  target: number | undefined,
  improvement: ImprovementDirection,
  latest: XmrPeriod | undefined,
): SpcAssurance | undefined {
  if (target === undefined || improvement === 'neither' || latest?.lowerLimit == null || latest.upperLimit == null) {
    return undefined;
  }
  if (target < latest.lowerLimit) return improvement === 'increase' ? 'pass' : 'fail';
  if (target > latest.upperLimit) return improvement === 'increase' ? 'fail' : 'pass';
  return 'inconsistent';
}

function splitIntoPeriods(points: readonly XmrInputPoint[], rebase: readonly string[]): XmrInputPoint[][] {
  const periods: XmrInputPoint[][] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    const startsPeriod = !previous || rebase.some((date) => previous.date < date && date <= point.date);
    if (startsPeriod) periods.push([]);
    periods[periods.length - 1].push(point);
  });
  return periods;
}

function sortedByDate(points: readonly XmrInputPoint[]): XmrInputPoint[] {
  for (const point of points) {
    if (!isIsoDate(point.date)) throw new Error(`Date ${JSON.stringify(point.date)} is not an ISO date (yyyy-mm-dd)`);
    if (typeof point.value !== 'number' || !Number.isFinite(point.value)) {
      throw new Error(`Value ${String(point.value)} on ${point.date} is not a finite number`);
    }
  }
  // ISO dates sort lexically; copying keeps the caller's array as it was.
  const sorted = points.map(({ date, value }) => ({ date, value })).sort((a, b) => (a.date < b.date ? -1 : 1));
  sorted.forEach((point, i) => {
    if (i > 0 && sorted[i - 1].date === point.date) {
      throw new Error(`Date ${point.date} appears more than once; each date needs exactly one value`);
    }
  });
  return sorted;
}

function settingsFrom(options: XmrOptions): XmrSettings {
  const settings: XmrSettings = { ...XMR_DEFAULTS, rebase: [], ...withoutUndefined(options) };
  if (!['increase', 'decrease', 'neither'].includes(settings.improvement)) {
    const got = JSON.stringify(settings.improvement);
    throw new Error(`improvement must be 'increase', 'decrease' or 'neither'; got ${got}`);
  }
  for (const name of ['shiftLength', 'trendLength', 'minimumPoints'] as const) {
    requireWholeNumber(name, settings[name], 2);
  }
  if (settings.fixAfterPoints !== undefined) {
    // NHSRplotthedots asks for at least 12: limits from fewer points than a period needs would undo minimumPoints.
    requireWholeNumber('fixAfterPoints', settings.fixAfterPoints, settings.minimumPoints);
  }
  if (settings.target !== undefined && !Number.isFinite(settings.target)) {
    throw new Error(`target must be a finite number; got ${String(settings.target)}`);
  }
  for (const date of settings.rebase) {
    if (!isIsoDate(date)) throw new Error(`Rebase date ${JSON.stringify(date)} is not an ISO date (yyyy-mm-dd)`);
  }
  return settings;
}

function requireWholeNumber(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}; got ${String(value)}`);
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function isIsoDate(date: unknown): date is string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  // Round-tripping rejects dates that do not exist, such as 2023-02-30.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
