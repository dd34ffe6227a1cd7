import { tooCosyWarning, type CosySeriesMonth } from './too-cosy-warning';

/** Months from 2026-01 on, each with the given dissent rate and conflict surfaced at 0.5. */
const dissentSeries = (rates: (number | null)[]): CosySeriesMonth[] =>
  rates.map((dissentRate, index) => ({ month: `2026-${String(index + 1).padStart(2, '0')}`, dissentRate, conflictSurfacedRate: 0.5 }));

describe('tooCosyWarning', () => {
  it('warns when dissent has been zero for 6 months ending at the latest month, naming them', () => {
    const result = tooCosyWarning(dissentSeries([0.25, 0, 0, 0, 0, 0, 0]));
    expect(result).toEqual({
      warning: true,
      months: 6,
      latestMonth: '2026-07',
      dissent: { warning: true, months: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'] },
      conflictSurfaced: { warning: false, months: [] },
    });
  });

  it('does not warn after only 5 zero months, but says which they are', () => {
    const result = tooCosyWarning(dissentSeries([0, 0.25, 0, 0, 0, 0, 0]));
    expect(result.warning).toBe(false);
    expect(result.dissent).toEqual({ warning: false, months: ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'] });
  });

  it('reports a run longer than the threshold in full', () => {
    expect(tooCosyWarning(dissentSeries([0, 0, 0, 0, 0, 0, 0])).dissent.months).toHaveLength(7);
  });

  it('ends the run at a month without decisions, or a month missing from the series', () => {
    // null in March: the run is April to August, 5 months
    expect(tooCosyWarning(dissentSeries([0, 0, null, 0, 0, 0, 0, 0])).dissent).toEqual({
      warning: false,
      months: ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08'],
    });
    // March left out altogether: the same
    const withGap = dissentSeries([0, 0, 0, 0, 0, 0, 0, 0]).filter((row) => row.month !== '2026-03');
    expect(tooCosyWarning(withGap).dissent.warning).toBe(false);
  });

  it('does not warn when the latest month had dissent or no decisions', () => {
    expect(tooCosyWarning(dissentSeries([0, 0, 0, 0, 0, 0, 0.1])).dissent).toEqual({ warning: false, months: [] });
    expect(tooCosyWarning(dissentSeries([0, 0, 0, 0, 0, 0, null])).dissent).toEqual({ warning: false, months: [] });
  });

  it('judges conflict surfaced on its own, in any order of rows, across a year end', () => {
    const series: CosySeriesMonth[] = ['2026-02', '2025-11', '2026-01', '2025-12'].map((month) => ({
      month,
      dissentRate: 0.5,
      conflictSurfacedRate: 0,
    }));
    const result = tooCosyWarning(series, { months: 4 });
    expect(result.warning).toBe(true);
    expect(result.dissent.warning).toBe(false);
    expect(result.conflictSurfaced).toEqual({ warning: true, months: ['2025-11', '2025-12', '2026-01', '2026-02'] });
  });

  it('takes the run length as an option', () => {
    // 5 zero months warn when 5 is enough
    expect(tooCosyWarning(dissentSeries([0.25, 0, 0, 0, 0, 0]), { months: 5 }).warning).toBe(true);
  });

  it('does not warn on an empty series', () => {
    expect(tooCosyWarning([])).toMatchObject({ warning: false, latestMonth: null, dissent: { months: [] } });
  });

  it('names the bad field', () => {
    expect(() => tooCosyWarning(dissentSeries([0]), { months: 0 })).toThrow('options.months');
    expect(() => tooCosyWarning([{ month: '2026-13', dissentRate: 0, conflictSurfacedRate: 0 }])).toThrow('series[0].month');
    expect(() => tooCosyWarning([...dissentSeries([0]), ...dissentSeries([0])])).toThrow(
      'series[1].month: 2026-01 appears more than once',
    );
    expect(() => tooCosyWarning(dissentSeries([0, 1.5]))).toThrow('series[1].dissentRate');
  });
});
