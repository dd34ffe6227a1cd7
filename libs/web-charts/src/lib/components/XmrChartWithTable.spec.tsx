import { render, screen, within } from '@testing-library/react';
import { XmrChartWithTable } from './XmrChartWithTable';

const points = [
  { month: '2026-01', value: 2, variation: 'common' as const, processMean: null, lowerLimit: null, upperLimit: null },
  { month: '2026-02', value: null, variation: 'common' as const, processMean: null, lowerLimit: null, upperLimit: null },
  { month: '2026-03', value: 4, variation: 'common' as const, processMean: null, lowerLimit: null, upperLimit: null },
];

function renderChart() {
  return render(
    <XmrChartWithTable
      id="ties"
      title="Ties by month"
      description="Ties each month. Months without a value are gaps."
      points={points}
      describePoint={(index) => ({ heading: points[index].month, lines: [String(points[index].value ?? 'Not shown')] })}
      monthsLabel="Months on the ties chart"
      tableCaption="Ties: monthly figures"
      tableColumns={['Month', 'Value', 'Variation']}
      tableRows={[
        { key: '2026-01', header: 'January 2026', cells: ['2', 'Common cause'] },
        { key: '2026-02', header: 'February 2026', note: 'Not shown: too few answers' },
        { key: '2026-03', header: 'March 2026', cells: ['4', 'Common cause'] },
      ]}
    />,
  );
}

describe('XmrChartWithTable', () => {
  it('draws the chart with its name and description, and its data table under a "Data table" disclosure', () => {
    renderChart();
    expect(screen.getByRole('img', { name: 'Ties by month' })).toBeTruthy();
    expect(screen.getByText('Data table').closest('details')).toBeTruthy();
    const table = within(screen.getByRole('region', { name: 'Ties: monthly figures' })).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Month', 'Value', 'Variation']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['January 2026', 'February 2026', 'March 2026']);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', 'Common cause']);
  });

  it('says why a month has no figures in one cell across the columns', () => {
    renderChart();
    const [hidden] = within(screen.getByRole('table')).getAllByRole('cell', { name: 'Not shown: too few answers' });
    expect(hidden.getAttribute('colspan')).toBe('2');
  });
});
