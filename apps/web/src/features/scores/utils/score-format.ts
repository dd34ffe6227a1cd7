import { formatMonth, type PointDetails, rulesText, variationMark, type XmrChartPoint } from '@stewardship/web-charts';
import type { PracticeScoresQuery, SummaryScoresQuery } from '../../../generated/graphql';

export type PracticeScoreSeries = PracticeScoresQuery['practiceScores'][number];
export type SummaryScoreSeries = SummaryScoresQuery['summaryScores'][number];
/** What a chart, its table and the CSV read of a series: a practice's or a summary question's. */
export type ScoreSeries = Omit<PracticeScoreSeries, 'practice' | '__typename'>;
export type PracticeScorePoint = ScoreSeries['points'][number];

/** Scores to two decimal places, as the board pack prints them; empty when there is no figure. */
export function formatScore(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : '';
}

/** "3.20 to 3.64", or "Not available" (a single response has no interval). */
export function formatRange(lower: number | null | undefined, upper: number | null | undefined): string {
  const from = formatScore(lower);
  const to = formatScore(upper);
  return from && to ? `${from} to ${to}` : 'Not available';
}

const HIDDEN_REASON = 'Hidden to protect respondents';

/** The 1 to 5 a score can take: a chart's fitted y axis stays within it. */
export const SCORE_BOUNDS = [1, 5] as const;

/** The chart's view of a series: the mean is the value plotted, and hidden months are gaps that say why. */
export function chartPoints(series: ScoreSeries): XmrChartPoint[] {
  return series.points.map((point) => ({
    month: point.month,
    value: point.suppressed ? null : point.mean,
    gapReason: gapReason(point),
    processMean: point.processMean,
    lowerLimit: point.lowerLimit,
    upperLimit: point.upperLimit,
    variation: point.variation,
  }));
}

/** Why a month is a gap on the chart: hidden to protect respondents, or nobody responded. */
function gapReason(point: PracticeScorePoint): string | null {
  if (point.suppressed) return `${formatMonth(point.month)} not shown: ${point.suppressionReason ?? HIDDEN_REASON}`;
  return point.mean === null ? `${formatMonth(point.month)}: no responses` : null;
}

/**
 * What the tooltip and the month's button say: month, mean, 95% CI, n, the variation and the rules that flagged it,
 * and at a rebase's month, the rebase and its reason.
 */
export function pointDetails(point: PracticeScorePoint, rebaseReason?: string | null): PointDetails {
  const heading = formatMonth(point.month);
  const rebase = rebaseReason ? [`Rebase: a new period starts here. ${rebaseReason}`] : [];
  if (point.suppressed) return { heading, lines: [`Not shown: ${point.suppressionReason ?? HIDDEN_REASON}`, ...rebase] };
  if (point.mean === null) return { heading, lines: ['No responses', ...rebase] };
  return {
    heading,
    lines: [
      `Mean ${formatScore(point.mean)}`,
      `95% CI ${formatRange(point.confidenceLower, point.confidenceUpper)}`,
      `n ${point.n ?? 'not known'}`,
      variationMark(point.variation).label,
      `Rules: ${rulesText(point.rules)}`,
      ...rebase,
    ],
  };
}

/** One row of a practice's data table, as text. */
export interface ScoreTableRow {
  month: string;
  /** The reason of the rebase that starts a new period at this month, if one does. */
  rebase: string | null;
  /** Set for a month that is not shown; the other figures are then empty. */
  hiddenBecause: string | null;
  n: string;
  mean: string;
  confidenceInterval: string;
  processMean: string;
  limits: string;
  rules: string;
  variation: string;
}

export function scoreTableRows(series: ScoreSeries): ScoreTableRow[] {
  return series.points.map((point) => {
    const hidden = point.suppressed;
    return {
      month: formatMonth(point.month),
      rebase: series.rebases.find((rebase) => rebase.month === point.month)?.reason ?? null,
      hiddenBecause: hidden ? (point.suppressionReason ?? HIDDEN_REASON) : null,
      n: hidden ? '' : String(point.n ?? 0),
      mean: hidden ? '' : formatScore(point.mean) || 'No responses',
      confidenceInterval: hidden || point.mean === null ? '' : formatRange(point.confidenceLower, point.confidenceUpper),
      processMean: formatScore(point.processMean) || 'None yet',
      limits: point.lowerLimit === null && point.upperLimit === null ? 'None yet' : formatRange(point.lowerLimit, point.upperLimit),
      rules: hidden ? '' : rulesText(point.rules),
      variation: hidden || point.mean === null ? '' : variationMark(point.variation).label,
    };
  });
}

/** The latest month with a figure shown, if any. */
export function latestShownPoint(series: ScoreSeries): PracticeScorePoint | undefined {
  return [...series.points].reverse().find((point) => !point.suppressed && point.mean !== null);
}

/**
 * The latest month whose variation can be judged: the latest shown month that has process limits. The API's
 * `latestVariation` is null when the very latest month is hidden (a round just opened with few responses so far);
 * the board still needs the latest judgement there is, so the icon falls back to the latest month shown.
 */
export function latestJudgedPoint(series: ScoreSeries): PracticeScorePoint | undefined {
  const latest = latestShownPoint(series);
  return latest && latest.processMean !== null ? latest : undefined;
}

/** The chart's <desc>: what it covers and what it says now, in a few sentences. */
export function chartDescription(series: ScoreSeries): string {
  const { points } = series;
  if (points.length === 0) return 'No months to show.';
  const sentences = [`Monthly mean score on a scale of 1 to 5, ${formatMonth(points[0].month)} to ${formatMonth(points[points.length - 1].month)}.`];
  const hidden = points.filter((point) => point.suppressed).length;
  if (hidden > 0) sentences.push(`${hidden} of ${points.length} months not shown because too few people responded.`);
  const latest = latestShownPoint(series);
  if (!latest) return [...sentences, 'No month has enough responses to show.'].join(' ');
  sentences.push(`Latest shown: ${formatScore(latest.mean)} in ${formatMonth(latest.month)} (n ${latest.n ?? 'not known'}).`);
  if (latest.processMean !== null) {
    sentences.push(`Process mean ${formatScore(latest.processMean)}, process limits ${formatRange(latest.lowerLimit, latest.upperLimit)}.`);
  }
  for (const rebase of series.rebases) sentences.push(`Rebased from ${formatMonth(rebase.month)}, with new limits from then: ${rebase.reason}.`);
  const judged = latestJudgedPoint(series);
  if (judged) sentences.push(`${formatMonth(judged.month)}: ${variationMark(judged.variation).label}.`);
  else if (series.limitsNote) sentences.push(`No process limits: ${series.limitsNote}.`);
  return sentences.join(' ');
}

/** True when nothing at all can be shown: no month of any practice has a published figure. */
export function nothingToShow(allSeries: readonly ScoreSeries[]): boolean {
  return allSeries.every((series) => !latestShownPoint(series));
}
