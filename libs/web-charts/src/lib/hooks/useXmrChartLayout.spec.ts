import { renderHook } from '@testing-library/react';
import { useXmrChartLayout, xmrChartLayout, type XmrChartPoint } from './useXmrChartLayout';

const limits = { processMean: 3.2, lowerLimit: 2.6, upperLimit: 3.8 };
const series: XmrChartPoint[] = [
  { month: '2026-01', value: 3.1, ...limits, variation: 'common' },
  { month: '2026-02', value: 3.3, ...limits, variation: 'common' },
  { month: '2026-03', value: null, gapReason: 'Fewer than 5 responses', variation: 'common' },
  { month: '2026-04', value: 3.0, ...limits, variation: 'common' },
  { month: '2026-05', value: 3.9, ...limits, variation: 'improvement' },
  { month: '2026-06', value: 2.5, ...limits, variation: 'concern' },
];

describe('useXmrChartLayout', () => {
  it('fits the y axis to the values and limits, and puts months along it, each in the middle of its slot', () => {
    const { result } = renderHook(() => useXmrChartLayout(series, 328, 200, { bounds: [1, 5] }));
    const layout = result.current;
    // 2.5 to 3.9, padded to 2.36 to 4.04, rounded out to fifths.
    expect(layout.y.domain()).toEqual([2.2, 4.2]);
    expect(layout.y(2.2)).toBe(layout.plot.bottom);
    expect(layout.y(4.2)).toBe(layout.plot.top);
    expect(layout.x.domain()).toEqual(series.map((p) => p.month));
    expect(layout.step).toBeCloseTo((328 - 28 - 12) / 6);
    expect(layout.x('2026-01')).toBeCloseTo(28 + layout.step / 2);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['2.5', '3.0', '3.5', '4.0']);
  });

  it('draws a domain it is given, such as one shared by the six charts', () => {
    expect(xmrChartLayout(series, 328, 200, { domain: [1, 5], bounds: [1, 5] }).y.domain()).toEqual([1, 5]);
  });

  it('breaks the line at a hidden month, with no marker, and keeps why it is hidden', () => {
    const layout = xmrChartLayout(series, 328, 200);
    expect(layout.linePath?.match(/M/g)).toHaveLength(2);
    const gap = layout.points[2];
    expect(gap).toMatchObject({ month: '2026-03', y: null, mark: null, symbolPath: null, gapReason: 'Fewer than 5 responses' });
    expect(layout.points[0].gapReason).toBeNull();
    expect(layout.points.filter((p) => p.y === null)).toHaveLength(1);
  });

  it('draws the mean and limits once across the period, hidden month included', () => {
    const layout = xmrChartLayout(series, 328, 200);
    expect(layout.meanLines).toHaveLength(1);
    expect(layout.meanLines[0]).toMatchObject({ value: 3.2, from: '2026-01', to: '2026-06', x1: layout.plot.left, x2: layout.plot.right });
    expect(layout.upperLimitLines[0].y).toBeCloseTo(layout.y(3.8));
    expect(layout.lowerLimitLines[0].value).toBe(2.6);
  });

  it('splits the mean and limits at a rebase, even where both periods share a value, and marks where it starts', () => {
    // The rebase is at April: March (hidden) and April both border it. The new period keeps the old mean (3.2).
    const rebased = series.map((p) => (p.month >= '2026-04' && p.processMean ? { ...p, lowerLimit: 2.9, upperLimit: 3.5 } : p));
    const layout = xmrChartLayout(rebased, 328, 200, { bounds: [1, 5], rebases: ['2026-04'] });
    expect(layout.meanLines.map((l) => [l.from, l.to])).toEqual([['2026-01', '2026-02'], ['2026-04', '2026-06']]);
    expect(layout.upperLimitLines.map((l) => [l.from, l.to, l.value])).toEqual([['2026-01', '2026-02', 3.8], ['2026-04', '2026-06', 3.5]]);
    expect(layout.rebaseLines).toEqual([{ month: '2026-04', x: expect.closeTo((layout.x('2026-04') as number) - layout.step / 2, 10) }]);
    // A rebase outside the months shown draws nothing.
    expect(xmrChartLayout(series, 328, 200, { rebases: ['2025-01'] }).rebaseLines).toEqual([]);
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

  it('keeps a score chart within 1 to 5, leaving out a limit beyond it, and has no line or limits with no values', () => {
    const high = xmrChartLayout([{ month: '2026-01', value: 4.8, processMean: 4.6, upperLimit: 5.4, lowerLimit: 3.8, variation: 'common' }], 300, 200, {
      bounds: [1, 5],
    });
    expect(high.y.domain()).toEqual([3.6, 5]);
    expect(high.upperLimitLines).toEqual([]);
    expect(high.lowerLimitLines.map((line) => line.value)).toEqual([3.8]);
    const empty = xmrChartLayout([{ month: '2026-01', variation: 'common' }], 300, 200);
    expect(empty.linePath).toBeNull();
    expect(empty.meanLines).toEqual([]);
  });
});
