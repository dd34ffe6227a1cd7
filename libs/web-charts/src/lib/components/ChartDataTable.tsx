import type { ReactNode } from 'react';

/** One row of a chart's data table: a heading (usually the month) and either one cell per column or a note across them all. */
export type ChartDataRow =
  | { key: string; header: ReactNode; cells: readonly ReactNode[] }
  | { key: string; header: ReactNode; note: ReactNode };

interface ChartDataTableProps {
  /** Names the table and its scrolling region, e.g. "Healthy relationships: monthly figures". */
  caption: string;
  /** Column headings; the first heads the row headings. */
  columns: readonly string[];
  rows: readonly ChartDataRow[];
  /** A class for the table beside nhsuk-table. */
  className?: string;
  /** Classes for the cells of each column after the first (e.g. for columns of words rather than numbers), and for a note. */
  cellClassNames?: readonly (string | undefined)[];
  noteClassName?: string;
}

/**
 * The numbers behind a chart, one row each: the real data table every chart has beside it. Focusable so that keyboard
 * users can scroll it sideways on a phone, where it is wider than the screen.
 */
export function ChartDataTable({ caption, columns, rows, className, cellClassNames, noteClassName }: ChartDataTableProps) {
  const cellClass = (index: number) => ['nhsuk-table__cell', cellClassNames?.[index]].filter(Boolean).join(' ');
  return (
    <div className="app-scroll-table" role="region" aria-label={caption} tabIndex={0}>
      <table className={['nhsuk-table', className].filter(Boolean).join(' ')}>
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column) => (
              <th className="nhsuk-table__header" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={row.key}>
              <th className="nhsuk-table__header" scope="row">
                {row.header}
              </th>
              {'note' in row ? (
                <td className={['nhsuk-table__cell', noteClassName].filter(Boolean).join(' ')} colSpan={columns.length - 1}>
                  {row.note}
                </td>
              ) : (
                row.cells.map((cell, index) => (
                  <td className={cellClass(index)} key={columns[index + 1] ?? index}>
                    {cell}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
