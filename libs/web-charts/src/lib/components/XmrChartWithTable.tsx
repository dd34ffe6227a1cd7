import type { ComponentProps } from 'react';
import { ChartDataTable, type ChartDataRow } from './ChartDataTable';
import { XmrChart } from './XmrChart';

type XmrChartWithTableProps = ComponentProps<typeof XmrChart> & {
  /** The table's caption, e.g. "Inclusion ratio: monthly figures". */
  tableCaption: string;
  tableColumns: readonly string[];
  tableRows: readonly ChartDataRow[];
  /** The disclosure's text; "Data table" unless told. */
  tableSummary?: string;
};

/**
 * An XmR chart and, under it, its data table in a closed disclosure: the pattern every small SPC chart of the app
 * follows (the chart for the eye, the table for the numbers and for anyone who cannot see the chart).
 */
export function XmrChartWithTable({ tableCaption, tableColumns, tableRows, tableSummary = 'Data table', ...chart }: XmrChartWithTableProps) {
  return (
    <>
      <XmrChart {...chart} />
      <details className="nhsuk-details nhsuk-u-margin-bottom-2">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{tableSummary}</span>
        </summary>
        <div className="nhsuk-details__text">
          <ChartDataTable caption={tableCaption} columns={tableColumns} rows={tableRows} />
        </div>
      </details>
    </>
  );
}
