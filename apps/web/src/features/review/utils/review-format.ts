import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth, rulesText, variationMark, type PointDetails, type XmrChartPoint } from '@stewardship/web-charts';
import type { MonthlyReviewQuery, ReviewArea, WeakLinkKind } from '../../../generated/graphql';

export type MonthlyReview = MonthlyReviewQuery['monthlyReview'];
export type ReviewScore = MonthlyReview['practiceScores']['scores'][number];
export type ReviewScorePoint = ReviewScore['series'][number];
export type ReviewPowerFigure = MonthlyReview['power']['figures'][number];
export type ReviewPowerPoint = ReviewPowerFigure['trend'][number];
export type ReviewChange = MonthlyReview['changes']['changes'][number];
export type ReviewAction = MonthlyReview['actions']['actions'][number];

const fixed = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A practice score, on the 1 to 5 scale, to two decimals (as the scores page shows it). */
export const formatScore = (value: number) => fixed(2).format(value);

/** A power figure as the power page shows it: shares as percentages to one decimal, the concentration indices to two decimals, the count whole. */
export function formatPowerValue(figure: string, value: number): string {
  if (figure === 'decisionCount') return value.toLocaleString('en-GB');
  if (figure === 'proposerHhi' || figure === 'proposerGini') return fixed(2).format(value);
  return `${fixed(1).format(value * 100)}%`;
}

/** Any figure of the review in its own units (network measures, density and reciprocity, to three decimals). */
export function formatReviewValue(area: ReviewArea, key: string, value: number | null): string {
  if (value === null) return '';
  if (area === 'PRACTICE') return formatScore(value);
  if (area === 'POWER') return formatPowerValue(key, value);
  return fixed(3).format(value);
}

/** A 95% confidence interval, "3.20 to 3.64", or empty without one. */
export function confidenceText(lower: number | null, upper: number | null): string {
  return lower === null || upper === null ? '' : `${formatScore(lower)} to ${formatScore(upper)}`;
}

export const weakLinkKindName = (kind: WeakLinkKind) => NETWORK_DEFINITIONS[kind].title;

/** A practice's months for its sparkline: a hidden or unanswered month is a gap that says why. */
export function scoreChartPoints(score: ReviewScore): XmrChartPoint[] {
  return score.series.map((point) => ({
    month: point.month,
    value: point.suppressed ? null : point.mean,
    gapReason: point.suppressed ? (point.suppressionReason ?? 'Hidden to protect respondents') : point.mean === null ? 'No responses' : null,
    processMean: point.processMean,
    lowerLimit: point.lowerLimit,
    upperLimit: point.upperLimit,
    variation: point.variation,
  }));
}

export function scorePointDetails(point: ReviewScorePoint): PointDetails {
  const heading = formatMonth(point.month);
  if (point.suppressed) return { heading, lines: [point.suppressionReason ?? 'Hidden to protect respondents'] };
  if (point.mean === null) return { heading, lines: ['No responses'] };
  return { heading, lines: [`Mean ${formatScore(point.mean)}, n ${point.n ?? 0}`, variationMark(point.variation).label, `Rules: ${rulesText(point.rules)}`] };
}

/** The rows of a practice's data table: month, mean, n, CI, variation (or why the month is not shown). */
export function scoreTableRows(score: ReviewScore) {
  return score.series.map((point) =>
    point.suppressed || point.mean === null
      ? { key: point.month, header: formatMonth(point.month), note: point.suppressed ? (point.suppressionReason ?? 'Hidden to protect respondents') : 'No responses' }
      : {
          key: point.month,
          header: formatMonth(point.month),
          cells: [formatScore(point.mean), String(point.n ?? 0), confidenceText(point.confidenceLower, point.confidenceUpper), variationMark(point.variation).label],
        },
  );
}

const powerWhenNull = (figure: string) => POWER_DEFINITIONS[figure as keyof typeof POWER_DEFINITIONS]?.whenNull ?? 'Nothing to count';

/** A power figure's months for its sparkline: a month without the cases it counts is a gap that says why. */
export function powerChartPoints(figure: ReviewPowerFigure): XmrChartPoint[] {
  return figure.trend.map((point) => ({
    month: point.month,
    value: point.value,
    gapReason: point.value === null ? powerWhenNull(figure.figure) : null,
    processMean: point.processMean,
    lowerLimit: point.lowerLimit,
    upperLimit: point.upperLimit,
    variation: point.variation,
  }));
}

export function powerPointDetails(figure: string, point: ReviewPowerPoint): PointDetails {
  const heading = formatMonth(point.month);
  if (point.value === null) return { heading, lines: [powerWhenNull(figure)] };
  return { heading, lines: [formatPowerValue(figure, point.value), variationMark(point.variation).label, `Rules: ${rulesText(point.rules)}`] };
}

export function powerTableRows(figure: ReviewPowerFigure) {
  const format = (value: number | null) => (value === null ? '' : formatPowerValue(figure.figure, value));
  return figure.trend.map((point) =>
    point.value === null
      ? { key: point.month, header: formatMonth(point.month), note: `Empty: ${powerWhenNull(figure.figure)}` }
      : {
          key: point.month,
          header: formatMonth(point.month),
          cells: [
            format(point.value),
            format(point.processMean),
            point.lowerLimit === null || point.upperLimit === null ? '' : `${format(point.lowerLimit)} to ${format(point.upperLimit)}`,
            variationMark(point.variation).label,
          ],
        },
  );
}
