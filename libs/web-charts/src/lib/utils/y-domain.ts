import { nice } from 'd3';

export interface YDomainOptions {
  /** The values the measure can take, e.g. [1, 5] for scores: the domain never reaches beyond them. */
  bounds?: readonly [number, number];
  /** Room above and below the data, as a fraction of its span. Default 0.1. */
  padding?: number;
  /** The least span shown, so that a flat series still has an axis with height. Default 0.5. */
  minimumSpan?: number;
}

/** What a chart of one series draws on the y axis: its values, its means and limits, and any interval bounds. */
export type YDomainValues = readonly (number | null | undefined)[];

const DEFAULT_PADDING = 0.1;
const DEFAULT_MINIMUM_SPAN = 0.5;
/** The domain's ends are rounded out to a step of about a tenth of its span (tenths of a point for most scores). */
const NICE_COUNT = 10;

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A y domain fitted to the data, as Making Data Count draws its charts (not a fixed scale that squeezes a process
 * into a thin band): the lowest to highest value, padded by a fraction of that span, at least `minimumSpan` tall,
 * rounded out to round values, and kept within `bounds` (a flat series at the edge of the bounds keeps its minimum
 * span by reaching inwards). With no values, the bounds (or 0 to 1).
 */
export function fittedYDomain(values: YDomainValues, options: YDomainOptions = {}): [number, number] {
  const { bounds, padding = DEFAULT_PADDING, minimumSpan = DEFAULT_MINIMUM_SPAN } = options;
  const numbers = values.filter(isNumber);
  if (numbers.length === 0) return bounds ? [bounds[0], bounds[1]] : [0, 1];

  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const centre = (min + max) / 2;
  const halfSpan = Math.max((max - min) * (0.5 + padding), minimumSpan / 2);
  let low = centre - halfSpan;
  let high = centre + halfSpan;
  if (bounds) {
    low = Math.max(low, bounds[0]);
    high = Math.min(high, bounds[1]);
    // Clamping a flat series at the scale's edge would leave less than the minimum span: extend it inwards.
    if (high - low < minimumSpan) {
      if (low === bounds[0]) high = Math.min(bounds[1], low + minimumSpan);
      else low = Math.max(bounds[0], high - minimumSpan);
    }
  }
  [low, high] = nice(low, high, NICE_COUNT);
  return bounds ? [Math.max(low, bounds[0]), Math.min(high, bounds[1])] : [low, high];
}

/** One domain for several charts (the six small multiples on one scale), fitted to all of their values at once. */
export function sharedYDomain(series: readonly YDomainValues[], options: YDomainOptions = {}): [number, number] {
  return fittedYDomain(series.flat(), options);
}
