import type { MonthlyPowerIndicators, PowerIndicators } from '@stewardship/power';
import { powerFigureSeries, tooCosy } from './power-series';

const EMPTY: PowerIndicators = {
  decisionCount: 0,
  inclusionRatio: null,
  outsideForumShare: null,
  deputiesWithoutAuthorityShare: null,
  proposerHhi: null,
  proposerGini: null,
  reopenedShare: null,
  dissentRate: null,
  conflictSurfacedRate: null,
  representation: [],
};
const month = (name: string, figures: Partial<PowerIndicators>): MonthlyPowerIndicators => ({ month: name, indicators: { ...EMPTY, ...figures } });
const months = (count: number, figures: (i: number) => Partial<PowerIndicators>) =>
  Array.from({ length: count }, (_, i) => month(`2025-${String(i + 1).padStart(2, '0')}`, figures(i)));

describe('powerFigureSeries', () => {
  it('gives every figure, with months without decisions as gaps and no limits under 12 months', () => {
    const series = powerFigureSeries([month('2026-01', { decisionCount: 2, inclusionRatio: 0.5 }), month('2026-02', {})]);
    expect(series.map((s) => s.figure)).toEqual([
      'inclusionRatio', 'outsideForumShare', 'deputiesWithoutAuthorityShare', 'proposerHhi', 'proposerGini', 'reopenedShare', 'dissentRate', 'conflictSurfacedRate', 'decisionCount',
    ]);
    const inclusion = series[0];
    expect(inclusion.points.map((p) => p.value)).toEqual([0.5, null]);
    expect(inclusion.points[1]).toMatchObject({ processMean: null, variation: 'common', rules: [] });
    expect(inclusion.limitsNote).toMatch(/12/);
    expect(inclusion.latestVariation).toBeNull();
    // The decision count is never null: 2 then 0.
    expect(series[8].points.map((p) => p.value)).toEqual([2, 0]);
    expect(series[1].limitsNote).toBe('No month has a value to chart yet');
  });

  it('reads 12 months as an XmR chart, judging a fall in inclusion as concern', () => {
    // Eleven months alternating 0.8 and 0.9, then 0.2. Mean = (6 × 0.8 + 5 × 0.9 + 0.2) ÷ 12 = 9.5 ÷ 12.
    // Moving ranges: ten of 0.1 and one of 0.7; 0.7 ≥ 3.267 × (1.7 ÷ 11) ≈ 0.505 is screened out, so AMR = 0.1 and
    // the lower limit is 9.5 ÷ 12 − 2.66 × 0.1 ≈ 0.5257: 0.2 is below it.
    const series = powerFigureSeries(months(12, (i) => ({ inclusionRatio: i === 11 ? 0.2 : i % 2 ? 0.9 : 0.8 })));
    const last = series[0].points[11];
    expect(last.processMean).toBeCloseTo(9.5 / 12, 10);
    expect(last.lowerLimit).toBeCloseTo(9.5 / 12 - 2.66 * 0.1, 10);
    expect(last.rules).toContain('outside');
    expect(last.variation).toBe('concern');
    expect(series[0].latestVariation).toBe('concern');
    expect(series[0].latestMonth).toBe('2025-12');
    expect(series[0].limitsNote).toBeNull();
  });

  it('judges a fall in decisions taken outside the forum as improvement', () => {
    const series = powerFigureSeries(months(12, (i) => ({ outsideForumShare: i === 11 ? 0 : i % 2 ? 0.5 : 0.6 })));
    expect(series[1].points[11].variation).toBe('improvement');
  });
});

describe('tooCosy', () => {
  it('warns after the run of months with decisions and no dissent, naming them', () => {
    const series = months(8, (i) => ({ decisionCount: 3, dissentRate: i < 2 ? 1 / 3 : 0, conflictSurfacedRate: 1 / 3 }));
    expect(tooCosy(series, 6)).toEqual({
      warning: true,
      months: 6,
      latestMonth: '2025-08',
      dissentWarning: true,
      dissentMonths: ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'],
      conflictSurfacedWarning: false,
      conflictSurfacedMonths: [],
    });
    expect(tooCosy(series, 7).warning).toBe(false);
  });
});
