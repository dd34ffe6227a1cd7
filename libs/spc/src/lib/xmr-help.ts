import { LIMIT_FACTOR, NEAR_LIMIT_FACTOR, OUTLIER_MOVING_RANGE_FACTOR } from './process-limits';
import type { SpcRule } from './special-cause-rules';
import { XMR_DEFAULTS, type ImprovementDirection, type SpcAssurance, type SpcVariation, type XmrResult } from './xmr';

export interface XmrHelp {
  mean: string;
  limits: string;
  movingRange: string;
  rules: Record<SpcRule, string>;
  variation: Record<SpcVariation, string>;
  assurance: Record<SpcAssurance, string>;
}

// Built from the constants the maths uses, so the words cannot drift from the figures.
const { shiftLength, trendLength, minimumPoints } = XMR_DEFAULTS;
const nearFactor = NEAR_LIMIT_FACTOR.toFixed(3);

/** What the UI says each figure is and exactly how it is computed, for the default options. */
export const XMR_HELP: XmrHelp = {
  mean:
    'The centre line is the average of the values in the period, or of its first values only when the limits are ' +
    'fixed. A rebase starts a new period with its own mean and limits.',
  movingRange:
    'A moving range is the difference, ignoring sign, between a value and the one before it in the same period; the ' +
    "first value of a period has none. The average moving range is their mean. Any moving range at least " +
    `${OUTLIER_MOVING_RANGE_FACTOR} times that average is left out and the average taken again, once, so a single ` +
    'jump does not widen the limits.',
  limits:
    `The process limits are the mean plus and minus ${LIMIT_FACTOR} times the average moving range. Nearly all ` +
    `values of a stable process fall between them. A period needs at least ${minimumPoints} values to have limits.`,
  rules: {
    outside: 'A value above the upper process limit or below the lower one. A value exactly on a limit does not count.',
    shift:
      `${shiftLength} or more values in a row on the same side of the mean. A value exactly on the mean breaks the ` +
      'run. Every value in the run is flagged.',
    trend:
      `${trendLength} or more values in a row, each higher than the one before, or each lower. An equal value breaks ` +
      'the run; the run may cross the mean but not a rebase. Every value in the run is flagged.',
    twoOfThree:
      'Two or three of any three values in a row are more than two-thirds of the way from the mean to a process ' +
      `limit (beyond the mean ± ${nearFactor} × the average moving range) but not outside it, with all three on the ` +
      'same side of the mean. Only the values in that band are flagged.',
  },
  variation: {
    common: 'No rule flags this value: it is within the variation this process usually shows.',
    improvement:
      'A rule flags this value and it points the better way: its side of the mean, or for a trend the way the ' +
      'trend runs, or for a value outside the limits the side it is on.',
    concern:
      'A rule flags this value and it points the worse way: its side of the mean, or for a trend the way the trend ' +
      'runs, or for a value outside the limits the side it is on.',
    neitherHigh: 'A rule flags this value as unusually high or rising; neither direction is better for this measure.',
    neitherLow: 'A rule flags this value as unusually low or falling; neither direction is better for this measure.',
  },
  assurance: {
    pass:
      'The process will meet the target every time unless it changes: the target is below the lower process limit ' +
      '(above the upper one when lower is better).',
    fail:
      'The process will miss the target every time unless it changes: the target is above the upper process limit ' +
      '(below the lower one when lower is better).',
    inconsistent:
      'The process will sometimes meet the target and sometimes miss it: the target is between the process limits, ' +
      'or exactly on one.',
  },
};

export interface VariationIcon {
  kind: 'improvement' | 'concern' | 'common' | 'neither';
  side: 'high' | 'low' | null;
  label: string;
  description: string;
}

/**
 * Making Data Count's variation icon for the latest point. Null with no points, or when the latest period has too
 * few points for limits: its points are 'common' only because nothing could be judged.
 */
export function variationIcon(result: XmrResult): VariationIcon | null {
  const latest = result.points.at(-1);
  if (!latest || latest.mean === null) return null;
  return variationIconFor(latest.variation, result.improvement);
}

/**
 * The variation icon for one judged point's variation class, when which way is better is `improvement`
 * (default: higher is better). For a legend, a chart marker or a badge that has a variation but no whole result.
 */
export function variationIconFor(
  variation: SpcVariation,
  improvement: ImprovementDirection = XMR_DEFAULTS.improvement,
): VariationIcon {
  const better = improvement === 'decrease' ? 'low' : 'high';
  const worse = better === 'high' ? 'low' : 'high';
  switch (variation) {
    case 'common':
      return {
        kind: 'common',
        side: null,
        label: 'Common cause variation',
        description:
          'The latest value is within the range this measure usually varies by, so nothing unusual has happened.',
      };
    case 'improvement':
      return {
        kind: 'improvement',
        side: better,
        label: `Special cause improvement (${better})`,
        description:
          `The latest value is part of an unusually ${movement(better)} pattern, and ${better}er is better here, ` +
          'so this is a real improvement.',
      };
    case 'concern':
      return {
        kind: 'concern',
        side: worse,
        label: `Special cause concern (${worse})`,
        description:
          `The latest value is part of an unusually ${movement(worse)} pattern, and ${worse}er is worse here, ` +
          'so it needs looking into.',
      };
    case 'neitherHigh':
    case 'neitherLow': {
      const side = variation === 'neitherHigh' ? 'high' : 'low';
      return {
        kind: 'neither',
        side,
        label: `Special cause neither improvement nor concern (${side})`,
        description:
          `The latest value is part of an unusually ${movement(side)} pattern; neither direction is better for ` +
          'this measure, but something has changed.',
      };
    }
  }
}

function movement(side: 'high' | 'low'): string {
  return side === 'high' ? 'high or rising' : 'low or falling';
}
