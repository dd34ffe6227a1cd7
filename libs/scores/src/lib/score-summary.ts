// jstat has no types. Referencing the declaration here carries it into every program that
// imports this lib, including strict ones such as the web app, which would not otherwise see it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- see above
/// <reference path="../jstat.d.ts" />
import { jStat } from 'jstat';
import { smallGroupReason } from './score-help';

export const DEFAULT_MINIMUM_GROUP_SIZE = 5;
export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

export interface ScoreOptions {
  /** Groups with fewer responses than this are suppressed. Default 5. */
  minimumGroupSize?: number;
  /** Coverage of the confidence interval, between 0 and 1. Default 0.95. */
  confidenceLevel?: number;
}

/** Counts of the scores 1, 2, 3, 4 and 5, in that order. */
export type ScoreDistribution = [number, number, number, number, number];

/**
 * The published figures for one group of 1 to 5 practice scores. When `suppressed` is true every
 * figure is null, including `n`: even the count would say "fewer than the minimum".
 */
export interface ScoreSummary {
  n: number | null;
  mean: number | null;
  standardDeviation: number | null;
  confidenceInterval: { lower: number; upper: number } | null;
  distribution: ScoreDistribution | null;
  suppressed: boolean;
  suppressionReason: string | null;
}

/** A summary that shows nothing but why. */
export function hiddenSummary(reason: string): ScoreSummary {
  return {
    n: null,
    mean: null,
    standardDeviation: null,
    confidenceInterval: null,
    distribution: null,
    suppressed: true,
    suppressionReason: reason,
  };
}

export function resolveScoreOptions(options: ScoreOptions = {}): Required<ScoreOptions> {
  const minimumGroupSize = options.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE;
  const confidenceLevel = options.confidenceLevel ?? DEFAULT_CONFIDENCE_LEVEL;
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 1) {
    throw new Error(`Minimum group size ${minimumGroupSize} must be a whole number of at least 1`);
  }
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new Error(`Confidence level ${confidenceLevel} must be between 0 and 1`);
  }
  return { minimumGroupSize, confidenceLevel };
}

/**
 * Summarises one group from how many respondents gave each score (counts cₛ of the scores s = 1..5):
 * - n = Σ cₛ; mean = Σ s·cₛ / n;
 * - standard deviation = √(Σ cₛ·(s − mean)² / (n − 1)), the sample formula; null when n = 1;
 * - confidence interval = mean ± t(1 − α/2, n − 1) · sd / √n with α = 1 − confidenceLevel, t from Student's
 *   t-distribution; null when n = 1. Not clipped to 1..5: a wide interval is the honest message about a small group;
 * - distribution = the counts themselves.
 * Groups with n < minimumGroupSize are suppressed (whether a larger group may be shown beside others is decided by
 * libs/disclosure). Counts are read from SQL aggregates, so no score list is ever expanded.
 */
export function summariseDistribution(distribution: readonly number[], options?: ScoreOptions): ScoreSummary {
  const { minimumGroupSize, confidenceLevel } = resolveScoreOptions(options);
  if (distribution.length !== 5 || distribution.some((c) => !Number.isInteger(c) || c < 0)) {
    throw new Error(`A distribution is five whole counts of 0 or more, for scores 1 to 5; got [${distribution.join(', ')}]`);
  }
  const n = distribution.reduce((sum, c) => sum + c, 0);
  if (n < minimumGroupSize) {
    return hiddenSummary(smallGroupReason(minimumGroupSize));
  }
  const average = distribution.reduce((sum, c, i) => sum + c * (i + 1), 0) / n;
  const standardDeviation = n > 1 ? Math.sqrt(distribution.reduce((sum, c, i) => sum + c * (i + 1 - average) ** 2, 0) / (n - 1)) : null;
  return {
    n,
    mean: average,
    standardDeviation,
    confidenceInterval: standardDeviation === null ? null : tInterval(average, standardDeviation, n, confidenceLevel),
    distribution: [...distribution] as ScoreDistribution,
    suppressed: false,
    suppressionReason: null,
  };
}

function tInterval(average: number, standardDeviation: number, n: number, confidenceLevel: number) {
  const t = jStat.studentt.inv(1 - (1 - confidenceLevel) / 2, n - 1);
  const halfWidth = (t * standardDeviation) / Math.sqrt(n);
  return { lower: average - halfWidth, upper: average + halfWidth };
}
