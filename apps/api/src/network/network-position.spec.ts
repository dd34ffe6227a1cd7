import { NETWORK_MEASURES, positionSeries } from './network-position';

describe('positionSeries', () => {
  it('gives each measure one point per month, with a gap where the month has no figures', () => {
    const series = positionSeries([
      { month: '2026-01', node: null },
      { month: '2026-02', node: { degree: 2, strength: 1.5, betweenness: 0.25 } },
      { month: '2026-03', node: { degree: 3, strength: 1.25, betweenness: 0 } },
    ]);
    expect(series.map((s) => s.measure)).toEqual([...NETWORK_MEASURES]);
    expect(series.map((s) => s.points.map((p) => p.value))).toEqual([
      [null, 2, 3],
      [null, 1.5, 1.25],
      [null, 0.25, 0],
    ]);
    expect(series[0].points[0]).toEqual({ month: '2026-01', value: null, processMean: null, lowerLimit: null, upperLimit: null, variation: 'common' });
  });

  it('reads each measure as an XmR chart once there are enough months', () => {
    // Degree 2, 3, 2, 3, … over twelve months: mean 2.5, every moving range 1, limits 2.5 ± 2.66 × 1.
    const months = Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, node: { degree: 2 + (i % 2), strength: 1, betweenness: 0 } }));
    const [degree] = positionSeries(months);
    expect(degree.points.every((p) => p.processMean === 2.5)).toBe(true);
    expect(degree.points[0].lowerLimit).toBeCloseTo(2.5 - 2.66, 10);
    expect(degree.points[0].upperLimit).toBeCloseTo(2.5 + 2.66, 10);
    expect(degree.points.every((p) => p.variation === 'common')).toBe(true);
  });

  it('says why there is nothing to chart when no month has figures', () => {
    for (const series of positionSeries([{ month: '2026-01', node: null }])) expect(series.limitsNote).toBe('No month has a value to chart yet');
  });
});
