import { ChartDataTable, XmrChart, XmrChartWithTable, type ChartDataRow, type PointDetails, type XmrChartPoint } from '@stewardship/web-charts';

interface ReviewChartProps {
  id: string;
  title: string;
  description: string;
  points: readonly XmrChartPoint[];
  describePoint: (index: number) => PointDetails;
  bounds?: readonly [number, number];
  tableColumns: readonly string[];
  tableRows: readonly ChartDataRow[];
  /** The board pack shows the data table under the chart, not folded away. */
  expanded: boolean;
}

/** A sparkline XmR chart with its data table: folded on the page, shown in the board pack. */
export function ReviewChart({ id, title, description, points, describePoint, bounds, tableColumns, tableRows, expanded }: ReviewChartProps) {
  const chart = { id, title, description, points, describePoint, bounds, height: 110, monthsLabel: `Months on the ${title} chart. Use the arrow keys to move between months.` };
  const caption = `${title}: monthly figures`;
  if (!expanded) return <XmrChartWithTable {...chart} tableCaption={caption} tableColumns={tableColumns} tableRows={tableRows} />;
  return (
    <>
      <XmrChart {...chart} />
      <ChartDataTable caption={caption} columns={tableColumns} rows={tableRows} className="app-review-table" />
    </>
  );
}
