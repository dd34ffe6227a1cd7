import { ChartDataTable, type ChartDataRow } from '@stewardship/web-charts';
import { scoreTableRows, type ScoreSeries } from '../utils/score-format';

const COLUMNS = ['Month', 'n', 'Mean', '95% CI', 'Process mean', 'Limits', 'Rules', 'Variation'] as const;
/** Rules and variation are words, not numbers. */
const CELL_CLASSES = [undefined, undefined, undefined, undefined, undefined, 'app-score-table__words', 'app-score-table__words'];

/** The numbers behind a practice's chart, one row per month; a hidden month says why instead of giving figures. */
export function ScoreDataTable({ series, caption }: { series: ScoreSeries; caption: string }) {
  const rows: ChartDataRow[] = scoreTableRows(series).map((row) => {
    const header = (
      <>
        {row.month}
        {row.rebase ? <span className="app-score-table__rebase">Rebase: new period from here. {row.rebase}</span> : null}
      </>
    );
    return row.hiddenBecause
      ? { key: row.month, header, note: `Not shown: ${row.hiddenBecause}` }
      : { key: row.month, header, cells: [row.n, row.mean, row.confidenceInterval, row.processMean, row.limits, row.rules, row.variation] };
  });
  return <ChartDataTable caption={caption} columns={COLUMNS} rows={rows} className="app-score-table" cellClassNames={CELL_CLASSES} noteClassName="app-score-table__words" />;
}
