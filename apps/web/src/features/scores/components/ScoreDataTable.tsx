import { scoreTableRows, type ScoreSeries } from '../utils/score-format';

const COLUMNS = ['Month', 'n', 'Mean', '95% CI', 'Process mean', 'Limits', 'Rules', 'Variation'] as const;

/** The numbers behind a practice's chart, one row per month; a hidden month says why instead of giving figures. */
export function ScoreDataTable({ series, caption }: { series: ScoreSeries; caption: string }) {
  const rows = scoreTableRows(series);
  return (
    // Focusable so that keyboard users can scroll the table sideways on a phone, where it is wider than the screen.
    <div className="app-scroll-table" role="region" aria-label={caption} tabIndex={0}>
      <table className="nhsuk-table app-score-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {COLUMNS.map((column) => (
              <th className="nhsuk-table__header" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={row.month}>
              <th className="nhsuk-table__header" scope="row">
                {row.month}
                {row.rebase ? <span className="app-score-table__rebase">Rebase: new period from here. {row.rebase}</span> : null}
              </th>
              {row.hiddenBecause ? (
                <td className="nhsuk-table__cell app-score-table__words" colSpan={COLUMNS.length - 1}>
                  Not shown: {row.hiddenBecause}
                </td>
              ) : (
                <>
                  <td className="nhsuk-table__cell">{row.n}</td>
                  <td className="nhsuk-table__cell">{row.mean}</td>
                  <td className="nhsuk-table__cell">{row.confidenceInterval}</td>
                  <td className="nhsuk-table__cell">{row.processMean}</td>
                  <td className="nhsuk-table__cell">{row.limits}</td>
                  <td className="nhsuk-table__cell app-score-table__words">{row.rules}</td>
                  <td className="nhsuk-table__cell app-score-table__words">{row.variation}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
