import { renderHook } from '@testing-library/react';
import { useXmrChartLayout, xmrChartLayout, type XmrChartPoint } from './useXmrChartLayout';

const limits = { processMean: 3.2, lowerLimit: 2.6, upperLimit: 3.8 };
const series: XmrChartPoint[] = [
  { month: '2026-01', value: 3.1, ...limits, variation: 'common' },
  { month: '2026-02', value: 3.3, ...limits, variation: 'common' },
  { month: '2026-03', value: null, variation: 'common' },
  { month: '2026-04', value: 3.0, ...limits, variation: 'common' },
  { month: '2026-05', value: 3.9, ...limits, variation: 'improvement' },
  { month: '2026-06', value: 2.5, ...limits, variation: 'concern' },
];

describe('useXmrChartLayout', () => {
  it('scores run 1 to 5 up the chart and months along it, each in the middle of its slot', () => {
    const { result } = renderHook(() => useXmrChartLayout(series, 328, 200));
    const layout = result.current;
    expect(layout.y.domain()).toEqual([1, 5]);
    expect(layout.y(1)).toBe(layout.plot.bottom);
    expect(layout.y(5)).toBe(layout.plot.top);
    expect(layout.x.domain()).toEqual(series.map((p) => p.month));
    expect(layout.step).toBeCloseTo((328 - 28 - 12) / 6);
    expect(layout.x('2026-01')).toBeCloseTo(28 + layout.step / 2);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('breaks the line at a hidden month, and marks the month as a gap', () => {
    const layout = xmrChartLayout(series, 328, 200);
    expect(layout.linePath?.match(/M/g)).toHaveLength(2);
    const gap = layout.points[2];
    expect(gap).toMatchObject({ month: '2026-03', y: null, mark: null, symbolPath: null });
    expect(layout.points.filter((p) => p.y === null)).toHaveLength(1);
  });

  it('draws the mean and limits once across the period, hidden month included', () => {
    const layout = xmrChartLayout(series, 328, 200);
    expect(layout.meanLines).toHaveLength(1);
    expect(layout.meanLines[0]).toMatchObject({ value: 3.2, from: '2026-01', to: '2026-06', x1: layout.plot.left, x2: layout.plot.right });
    expect(layout.upperLimitLines[0].y).toBeCloseTo(layout.y(3.8));
    expect(layout.lowerLimitLines[0].value).toBe(2.6);
  });

  it('gives each class its marker: up for improvement, down for concern', () => {
    const layout = xmrChartLayout(series, 328, 200);
    expect(layout.points[4].mark?.symbol).toBe('triangleUp');
    expect(layout.points[5]).toMatchObject({ rotate: 180 });
    expect(layout.points[5].mark?.symbol).toBe('triangleDown');
    expect(layout.points[0].symbolPath).toMatch(/^M/);
  });

  it('labels only as many months as fit, always the latest', () => {
    const months = Array.from({ length: 24 }, (_, i) => ({
      month: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 3,
      variation: 'common' as const,
    }));
    const layout = xmrChartLayout(months, 300, 200);
    expect(layout.xTicks.length).toBeLessThanOrEqual(4);
    expect(layout.xTicks.at(-1)?.label).toBe('Dec 2026');
  });

  it('widens the scale for limits beyond it, and has no line or limits with no values', () => {
    expect(xmrChartLayout([{ month: '2026-01', value: 4.8, upperLimit: 5.4, variation: 'common' }], 300, 200).y.domain()).toEqual([1, 6]);
    const empty = xmrChartLayout([{ month: '2026-01', variation: 'common' }], 300, 200);
    expect(empty.linePath).toBeNull();
    expect(empty.meanLines).toEqual([]);
  });
});
