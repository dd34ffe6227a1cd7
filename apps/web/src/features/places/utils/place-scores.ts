import { variationMark } from '@stewardship/web-charts';
import { formatScore, type PracticeScoreSeries } from '../../scores/utils/score-format';

/** One practice in a place's latest month, as text; `hiddenBecause` is set when the figures are not shown. */
export interface PlaceScoreRow {
  practice: string;
  name: string;
  mean: string;
  n: string;
  variation: string;
  hiddenBecause: string | null;
}

/**
 * The six practices in the latest month of the series (the latest month a round has opened), for the place page's
 * compact table. A month hidden to protect respondents says why; the full scores page has every month.
 */
export function latestMonthScores(allSeries: readonly PracticeScoreSeries[]): { month: string | null; rows: PlaceScoreRow[] } {
  const month = allSeries[0]?.points.at(-1)?.month ?? null;
  const rows = allSeries.map((series): PlaceScoreRow => {
    const point = series.points.at(-1);
    const base = { practice: series.practice, name: series.name };
    if (!point || point.suppressed) return { ...base, mean: '', n: '', variation: '', hiddenBecause: point?.suppressionReason ?? 'No responses' };
    if (point.mean === null) return { ...base, mean: 'No responses', n: '0', variation: '', hiddenBecause: null };
    const variation = point.processMean === null ? 'Not enough months to judge' : variationMark(point.variation).label;
    return { ...base, mean: formatScore(point.mean), n: String(point.n ?? 0), variation, hiddenBecause: null };
  });
  return { month, rows };
}
