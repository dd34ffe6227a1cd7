import { SECTOR_LABELS } from '@stewardship/domain';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { formatMonth, rulesText, variationMark, type BarGroup, type PointDetails, type XmrChartPoint } from '@stewardship/web-charts';
import type { PowerFigure, PowerFiguresQuery, RepresentationFlag } from '../../../generated/graphql';

export type PowerIndicators = PowerFiguresQuery['powerIndicators'];
export type PowerFigureSeries = PowerFiguresQuery['powerSeries']['figures'][number];
export type PowerPoint = PowerFigureSeries['points'][number];
export type SectorRepresentation = PowerIndicators['representation'][number];

export const NO_DECISIONS = 'No decisions in this period';

/** Shares as percentages to one decimal place; the concentration indices to two decimals; the count as a whole number. */
export function formatFigure(figure: PowerFigure, value: number): string {
  if (figure === 'decisionCount') return value.toLocaleString('en-GB');
  if (figure === 'proposerHhi' || figure === 'proposerGini') return value.toFixed(2);
  return formatShare(value);
}

export function formatShare(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/**
 * What a card says instead of a value: with no decisions, that; otherwise the definition's reason the figure is empty
 * (e.g. no decision recorded an affected partner). Never 0, which would claim something was counted.
 */
export function emptyFigureText(figure: PowerFigure, decisionCount: number): string {
  return decisionCount === 0 ? NO_DECISIONS : POWER_DEFINITIONS[figure].whenNull;
}

/** A figure's value as text, or why there is none. */
export function figureText(figure: PowerFigure, value: number | null, decisionCount: number): string {
  return value === null ? emptyFigureText(figure, decisionCount) : formatFigure(figure, value);
}

/** The chart's view of a figure's months: months without a value are gaps that say why. */
export function chartPoints(series: PowerFigureSeries): XmrChartPoint[] {
  return series.points.map((point) => ({
    month: point.month,
    value: point.value,
    gapReason: point.value === null ? `${formatMonth(point.month)}: ${POWER_DEFINITIONS[series.figure].whenNull}` : null,
    processMean: point.processMean,
    lowerLimit: point.lowerLimit,
    upperLimit: point.upperLimit,
    variation: point.variation,
  }));
}

export function pointDetails(figure: PowerFigure, point: PowerPoint): PointDetails {
  const heading = formatMonth(point.month);
  if (point.value === null) return { heading, lines: [POWER_DEFINITIONS[figure].whenNull] };
  return { heading, lines: [formatFigure(figure, point.value), variationMark(point.variation).label, `Rules: ${rulesText(point.rules)}`] };
}

/** One row of a figure's data table, as text. */
export interface FigureTableRow {
  month: string;
  value: string;
  processMean: string;
  limits: string;
  variation: string;
}

export function figureTableRows(series: PowerFigureSeries): FigureTableRow[] {
  const format = (value: number | null) => (value === null ? '' : formatFigure(series.figure, value));
  return series.points.map((point) => ({
    month: formatMonth(point.month),
    value: point.value === null ? `Empty: ${POWER_DEFINITIONS[series.figure].whenNull}` : formatFigure(series.figure, point.value),
    processMean: format(point.processMean),
    limits: point.lowerLimit === null || point.upperLimit === null ? '' : `${format(point.lowerLimit)} to ${format(point.upperLimit)}`,
    variation: point.value === null ? '' : variationMark(point.variation).label,
  }));
}

export const FLAG_TEXT: Record<RepresentationFlag, string> = { under: 'Under', over: 'Over' };

/** The sector chart's groups: seat, vote and weight share side by side, flagged seat and vote shares marked. */
export function representationGroups(rows: readonly SectorRepresentation[]): BarGroup[] {
  return rows.map((row) => ({
    key: row.sector,
    label: SECTOR_LABELS[row.sector],
    values: [row.seatShare, row.voteShare, row.weightShare],
    flags: [row.seatFlag ? FLAG_TEXT[row.seatFlag] : null, row.voteFlag ? FLAG_TEXT[row.voteFlag] : null, null],
  }));
}

/** A ratio to two decimals with its flag, e.g. "0.56 (under-represented)"; empty when there is nothing to compare. */
export function ratioText(ratio: number | null, flag: RepresentationFlag | null): string {
  if (ratio === null) return 'No ratio';
  return `${ratio.toFixed(2)}${flag ? ` (${flag}-represented)` : ''}`;
}
