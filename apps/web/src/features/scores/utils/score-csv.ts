import { rulesText, variationMark } from '@stewardship/web-charts';
import Papa from 'papaparse';
import { formatScore, type ScoreSeries } from './score-format';
import { periodStarts, rebaseAt } from './score-rebases';

const HIDDEN_REASON = 'Hidden to protect respondents';

/**
 * Every figure the scores page shows, one row per measure (a practice or a summary question) and month. A hidden month keeps its process mean and
 * limits (they are the page's too) but its own figures are empty and the reason is given, as the data table does.
 * Each row names the first month of its period (limits are its period's), and a rebase's month gives the rebase's reason.
 */
export function practiceScoresCsv(allSeries: readonly ScoreSeries[]): string {
  const rows = allSeries.flatMap((series) => {
    const periods = periodStarts(series);
    return series.points.map((point, i) => {
      const hidden = point.suppressed;
      const answered = !hidden && point.mean !== null;
      return {
        Measure: series.name,
        Month: point.month,
        n: hidden ? '' : String(point.n ?? 0),
        Mean: answered ? formatScore(point.mean) : '',
        '95% CI lower': answered ? formatScore(point.confidenceLower) : '',
        '95% CI upper': answered ? formatScore(point.confidenceUpper) : '',
        'Process mean': formatScore(point.processMean),
        'Lower limit': formatScore(point.lowerLimit),
        'Upper limit': formatScore(point.upperLimit),
        'Period from': periods[i],
        'Rebase reason': rebaseAt(series, point.month)?.reason ?? '',
        Rules: hidden ? '' : rulesText(point.rules),
        Variation: answered ? variationMark(point.variation).label : '',
        'Not shown because': hidden ? (point.suppressionReason ?? HIDDEN_REASON) : '',
      };
    });
  });
  // Names and reasons are text a spreadsheet must not run as a formula.
  return Papa.unparse(rows, { escapeFormulae: true });
}

/** practice-scores-2026-11.csv, named by the last month shown. */
export function practiceScoresCsvName(allSeries: readonly ScoreSeries[]): string {
  const last = allSeries[0]?.points.at(-1)?.month;
  return last ? `practice-scores-to-${last}.csv` : 'practice-scores.csv';
}
