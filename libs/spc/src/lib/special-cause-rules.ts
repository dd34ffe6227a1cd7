import type { ProcessLimits } from './process-limits';

export type SpcRule = 'outside' | 'shift' | 'trend' | 'twoOfThree';

/** The order rules are listed in on a point. */
export const SPC_RULES: readonly SpcRule[] = ['outside', 'shift', 'trend', 'twoOfThree'];

export interface RunLengths {
  /** Points in a row on one side of the mean that make a shift. */
  shiftLength: number;
  /** Points in a row, each above (or each below) the one before, that make a trend. */
  trendLength: number;
}

export type Direction = 'high' | 'low';

export interface SpecialCause {
  rules: SpcRule[];
  /** Which way the pattern points; null when no rule flags the point. */
  direction: Direction | null;
}

/**
 * Making Data Count's four special-cause rules over the values of one period (runs never reach into another),
 * following NHSRplotthedots' `ptd_calculate_point_type`; every point of a pattern is flagged.
 *
 * Direction follows the same package's precedence: a point outside the limits points to its side of the mean;
 * otherwise a point in a trend points the way the trend goes (so a rising trend below the mean is "high"), and a
 * point shared by a rising and a falling trend takes the later one; otherwise its side of the mean.
 */
export function specialCauses(values: readonly number[], limits: ProcessLimits, lengths: RunLengths): SpecialCause[] {
  const sides = values.map((value) => Math.sign(value - limits.mean));
  const outside = values.map((value) => value > limits.upperLimit || value < limits.lowerLimit);
  const shiftRuns = longRuns(values.length, lengths.shiftLength, (i) => sides[i] !== 0 && sides[i] === sides[i - 1]);
  const shift = flagRuns(values.length, shiftRuns);
  const trendDirections = trendDirectionByPoint(values, lengths.trendLength);
  const twoOfThree = twoOfThreeNearLimits(values, limits, sides, outside);

  return values.map((_value, i) => {
    const flagged: Record<SpcRule, boolean> = {
      outside: outside[i],
      shift: shift[i],
      trend: trendDirections[i] !== null,
      twoOfThree: twoOfThree[i],
    };
    const rules = SPC_RULES.filter((rule) => flagged[rule]);
    if (rules.length === 0) return { rules, direction: null };
    const sideOfMean: Direction = sides[i] > 0 ? 'high' : 'low';
    return { rules, direction: outside[i] ? sideOfMean : (trendDirections[i] ?? sideOfMean) };
  });
}

interface Run {
  start: number;
  end: number;
}

/** Maximal runs of at least `minLength` points, where `continuesRun(i)` says point i extends the run through i − 1. */
function longRuns(count: number, minLength: number, continuesRun: (index: number) => boolean): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= count; i++) {
    if (i < count && continuesRun(i)) continue;
    if (i - start >= minLength) runs.push({ start, end: i - 1 });
    start = i;
  }
  return runs;
}

function flagRuns(count: number, runs: readonly Run[]): boolean[] {
  const flags = new Array<boolean>(count).fill(false);
  for (const run of runs) flags.fill(true, run.start, run.end + 1);
  return flags;
}

function trendDirectionByPoint(values: readonly number[], trendLength: number): (Direction | null)[] {
  const rising = longRuns(values.length, trendLength, (i) => values[i] > values[i - 1]);
  const falling = longRuns(values.length, trendLength, (i) => values[i] < values[i - 1]);
  const trends = [
    ...rising.map((run) => ({ ...run, direction: 'high' as const })),
    ...falling.map((run) => ({ ...run, direction: 'low' as const })),
  ].sort((a, b) => a.start - b.start);
  const directions = new Array<Direction | null>(values.length).fill(null);
  // Later trends overwrite the one point they share with an earlier one: NHSRplotthedots' "use right side".
  for (const trend of trends) directions.fill(trend.direction, trend.start, trend.end + 1);
  return directions;
}

/**
 * Of each three points in a row all on one side of the mean, two or three in the band beyond two-thirds of the way to
 * a limit. Only points in the band count and are flagged; a point outside the limits does not count towards the two,
 * as in NHSRplotthedots (issue #153): it is special cause by the first rule already.
 */
function twoOfThreeNearLimits(
  values: readonly number[],
  limits: ProcessLimits,
  sides: readonly number[],
  outside: readonly boolean[],
): boolean[] {
  const inBand = values.map(
    (value, i) => !outside[i] && (value > limits.nearUpperLimit || value < limits.nearLowerLimit),
  );
  const flags = new Array<boolean>(values.length).fill(false);
  for (let start = 0; start + 2 < values.length; start++) {
    const window = [start, start + 1, start + 2];
    const side = sides[start];
    if (side === 0 || window.some((i) => sides[i] !== side)) continue;
    const nearLimit = window.filter((i) => inBand[i]);
    if (nearLimit.length >= 2) for (const i of nearLimit) flags[i] = true;
  }
  return flags;
}
