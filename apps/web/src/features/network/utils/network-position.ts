import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { formatMonth, variationMark, type PointDetails, type XmrChartPoint } from '@stewardship/web-charts';
import type { PartnerNetworkPositionQuery } from '../../../generated/graphql';
import { formatBetweenness, formatStrength } from './network-format';

export type NetworkPosition = NonNullable<PartnerNetworkPositionQuery['partnerNetworkPosition']>;
export type MeasureSeries = NetworkPosition['series'][number];
export type Measure = 'degree' | 'strength' | 'betweenness';

/** The months a partner page charts: the two years to this month. */
export const POSITION_MONTHS = 24;

export function positionPeriod(today: Date): { fromMonth: string; toMonth: string } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const first = new Date(Date.UTC(year, month - (POSITION_MONTHS - 1), 1));
  return { fromMonth: first.toISOString().slice(0, 7), toMonth: new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7) };
}

const isMeasure = (measure: string): measure is Measure => measure === 'degree' || measure === 'strength' || measure === 'betweenness';

/** A measure's name and help as the network lib defines them; the API's own name for one it has added. */
export function measureDefinition(measure: string): { title: string; help: string } {
  return isMeasure(measure) ? NETWORK_DEFINITIONS[measure] : { title: measure, help: '' };
}

/** Ties as a count, strength to two decimals, brokerage to three. */
export function formatMeasure(measure: string, value: number): string {
  if (measure === 'degree') return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return measure === 'betweenness' ? formatBetweenness(value) : formatStrength(value);
}

export const NOT_SHOWN = 'Not in the network shown that month: no ratings, or too few rating partners to show it';

/** The chart's view of a series: months without a value are gaps that say why. */
export function positionChartPoints(series: MeasureSeries): XmrChartPoint[] {
  return series.points.map((point) => ({ ...point, gapReason: point.value === null ? `${formatMonth(point.month)}: ${NOT_SHOWN}` : null }));
}

export function positionPointDetails(series: MeasureSeries, index: number): PointDetails {
  const point = series.points[index];
  const heading = formatMonth(point.month);
  if (point.value === null) return { heading, lines: [NOT_SHOWN] };
  return { heading, lines: [formatMeasure(series.measure, point.value), variationMark(point.variation).label] };
}

export function positionTableRows(series: MeasureSeries) {
  const format = (value: number | null) => (value === null ? '' : formatMeasure(series.measure, value));
  return series.points.map((point) => ({
    month: formatMonth(point.month),
    value: point.value === null ? `Not shown: ${NOT_SHOWN.toLowerCase()}` : formatMeasure(series.measure, point.value),
    processMean: format(point.processMean),
    limits: point.lowerLimit === null || point.upperLimit === null ? '' : `${format(point.lowerLimit)} to ${format(point.upperLimit)}`,
    variation: point.value === null ? '' : variationMark(point.variation).label,
  }));
}
