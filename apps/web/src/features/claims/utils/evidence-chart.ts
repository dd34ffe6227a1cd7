import type { ChartDataRow, PointDetails, XmrChartPoint } from '@stewardship/web-charts';
import { formatMonth } from '@stewardship/web-charts';
import type { ClaimEvidenceReadingFieldsFragment } from '../../../generated/graphql';
import { formatValue } from './claim-display';

export const EVIDENCE_TABLE_COLUMNS = ['Month', 'Period', 'Value', 'Reading'] as const;

const periodName = (inClaimPeriod: boolean) => (inClaimPeriod ? 'The claim’s period' : 'The period before');

/**
 * A figure's values as XmR chart points: the period before sets the mean and limits (drawn across both periods, as
 * the claim's values are read against them); a value in the claim's period that a special-cause rule flags is
 * marked as a signal, above or below the mean. Monthly figures are dated the first of their month.
 */
export function evidenceChartPoints(reading: ClaimEvidenceReadingFieldsFragment): XmrChartPoint[] {
  const signals = new Set(reading.signalDates);
  return reading.points.map((point) => ({
    month: point.date.slice(0, 7),
    value: point.value,
    processMean: reading.meanBefore,
    lowerLimit: reading.lowerLimit,
    upperLimit: reading.upperLimit,
    variation: signals.has(point.date) ? (reading.meanBefore !== null && point.value < reading.meanBefore ? 'neitherLow' : 'neitherHigh') : 'common',
  }));
}

/** The month the claim's period starts on the chart, where a new period is drawn; null when it has no value there. */
export function claimPeriodStart(reading: ClaimEvidenceReadingFieldsFragment): string | null {
  return reading.points.find((point) => point.inClaimPeriod)?.date.slice(0, 7) ?? null;
}

/** What a month's tooltip says: its value, which period it is in, and whether it is a signal. */
export function evidencePointDetails(reading: ClaimEvidenceReadingFieldsFragment, index: number): PointDetails {
  const point = reading.points[index];
  if (!point) return { heading: '', lines: [] };
  return {
    heading: formatMonth(point.date.slice(0, 7)),
    lines: [`Value: ${formatValue(point.value)}`, periodName(point.inClaimPeriod), ...(reading.signalDates.includes(point.date) ? ['Signal (special cause)'] : [])],
  };
}

/** The chart's data table: each value, its period, and whether a special-cause rule flags it. */
export function evidenceTableRows(reading: ClaimEvidenceReadingFieldsFragment): ChartDataRow[] {
  const signals = new Set(reading.signalDates);
  return reading.points.map((point) => ({
    key: point.date,
    header: formatMonth(point.date.slice(0, 7)),
    cells: [periodName(point.inClaimPeriod), formatValue(point.value), signals.has(point.date) ? 'Signal (special cause)' : ''],
  }));
}
