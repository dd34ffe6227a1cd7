/** 3 / d₂, where d₂ = 1.128 relates the mean moving range of two points to the process's standard deviation. */
export const LIMIT_FACTOR = 2.66;

/** Two-thirds of the way from the mean to a limit (about 2σ), written as NHSRplotthedots writes it to match exactly. */
export const NEAR_LIMIT_FACTOR = 2 * (LIMIT_FACTOR / 3);

/** D₄ for ranges of two points: a moving range this large is itself beyond the moving-range chart's upper limit. */
export const OUTLIER_MOVING_RANGE_FACTOR = 3.267;

export interface ProcessLimits {
  mean: number;
  averageMovingRange: number;
  lowerLimit: number;
  upperLimit: number;
  /** mean − NEAR_LIMIT_FACTOR × averageMovingRange: below it (but not below lowerLimit) is the lower "close" band. */
  nearLowerLimit: number;
  /** mean + NEAR_LIMIT_FACTOR × averageMovingRange: above it (but not above upperLimit) is the upper "close" band. */
  nearUpperLimit: number;
}

export interface ProcessLimitOptions {
  /** Compute from the first this many values only; later values are judged against these limits. */
  fixAfterPoints?: number;
  /** Leave out moving ranges ≥ 3.267 × their mean, so one jump does not widen the limits. */
  screenOutliers: boolean;
}

/** |yᵢ − yᵢ₋₁| for each value after the first; one fewer than the values. */
export function movingRanges(values: readonly number[]): number[] {
  return values.slice(1).map((value, index) => Math.abs(value - values[index]));
}

/**
 * XmR limits of one period, as NHSRplotthedots' `ptd_spc_standard` computes them:
 *   mean = Σy / n, AMR = mean of the moving ranges, limits = mean ± 2.66 × AMR,
 * over the first `fixAfterPoints` values when set. Screening drops moving ranges ≥ 3.267 × AMR and takes the mean
 * of the rest, once (not repeated until none is dropped), and leaves the mean itself alone.
 */
export function processLimits(values: readonly number[], options: ProcessLimitOptions): ProcessLimits {
  const baseline = values.slice(0, options.fixAfterPoints ?? values.length);
  if (baseline.length < 2) {
    throw new Error(`Process limits need at least 2 values; got ${baseline.length}`);
  }
  const mean = average(baseline);
  const ranges = movingRanges(baseline);
  let averageMovingRange = average(ranges);
  if (options.screenOutliers) {
    const kept = ranges.filter((range) => range < OUTLIER_MOVING_RANGE_FACTOR * averageMovingRange);
    // Only when every range is 0 is nothing kept; R then returns NaN limits, a flat process is more useful.
    if (kept.length > 0) averageMovingRange = average(kept);
  }
  return {
    mean,
    averageMovingRange,
    lowerLimit: mean - LIMIT_FACTOR * averageMovingRange,
    upperLimit: mean + LIMIT_FACTOR * averageMovingRange,
    nearLowerLimit: mean - NEAR_LIMIT_FACTOR * averageMovingRange,
    nearUpperLimit: mean + NEAR_LIMIT_FACTOR * averageMovingRange,
  };
}

function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
