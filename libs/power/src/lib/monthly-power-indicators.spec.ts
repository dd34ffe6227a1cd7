import { monthPeriod } from './months';
import { monthlyPowerIndicators } from './monthly-power-indicators';
import { powerIndicators } from './power-indicators';
import { generatedLog } from '../testing/generated-log.fixture';
import { HAND_WORKED_LOG } from '../testing/power-log.fixture';

describe('monthlyPowerIndicators', () => {
  it('gives each month of the range exactly what powerIndicators gives for that month', () => {
    const monthly = monthlyPowerIndicators(HAND_WORKED_LOG, { from: '2025-12', to: '2026-05' });
    expect(monthly.map((row) => row.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    for (const { month, indicators } of monthly) {
      expect(indicators).toEqual(powerIndicators(HAND_WORKED_LOG, monthPeriod(month)));
    }
    // d0 in December, d1 in January, d2 in February, d3 and d4 in March, d5 in April, none in May
    expect(monthly.map((row) => row.indicators.decisionCount)).toEqual([1, 1, 1, 2, 1, 0]);
  });

  it('covers a 50,000-decision log over 36 months, each month as powerIndicators gives it', () => {
    const log = generatedLog(50_000);
    const monthly = monthlyPowerIndicators(log, { from: '2024-01', to: '2026-12' });
    expect(monthly).toHaveLength(36);
    expect(monthly.reduce((sum, row) => sum + row.indicators.decisionCount, 0)).toBe(50_000);
    for (const row of [monthly[0], monthly[35]]) {
      expect(row.indicators).toEqual(powerIndicators(log, monthPeriod(row.month)));
    }
  });

  it('names a bad month in the range', () => {
    expect(() => monthlyPowerIndicators(HAND_WORKED_LOG, { from: '2026-00', to: '2026-03' })).toThrow('range.from');
  });
});
