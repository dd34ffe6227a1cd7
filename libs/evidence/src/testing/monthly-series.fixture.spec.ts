import { xmr } from '@stewardship/spc';
import { BEFORE_ENDING_HIGH, BEFORE_ENDING_LOW, LOWER_LIMIT, monthly, SECOND_HALF_2025, UPPER_LIMIT } from './monthly-series.fixture';

describe('the monthly series the verdict specs are worked on', () => {
  it('dates one point a month from the first month, across a year end', () => {
    expect(monthly('2025-11', [1, 2, 3])).toEqual([
      { date: '2025-11-01', value: 1 },
      { date: '2025-12-01', value: 2 },
      { date: '2026-01-01', value: 3 },
    ]);
  });

  it('has the mean and limits its comment works by hand, for both orders of the same values', () => {
    for (const values of [BEFORE_ENDING_HIGH, BEFORE_ENDING_LOW]) {
      const [period] = xmr(monthly('2025-01', values), { minimumPoints: 6 }).periods;
      expect(period).toMatchObject({ mean: 11, averageMovingRange: 2 });
      expect(period.upperLimit).toBeCloseTo(UPPER_LIMIT, 12);
      expect(period.lowerLimit).toBeCloseTo(LOWER_LIMIT, 12);
    }
    expect([UPPER_LIMIT, LOWER_LIMIT]).toEqual([16.32, 5.68].map((limit) => expect.closeTo(limit, 12)));
  });

  it('speaks of July to December 2025, whose period before is January to June', () => {
    expect(SECOND_HALF_2025).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(BEFORE_ENDING_HIGH.at(-1)).toBeGreaterThan(11);
    expect(BEFORE_ENDING_LOW.at(-1)).toBeLessThan(11);
  });
});
