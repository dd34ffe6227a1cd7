import { inPeriod, isWholeMonths, periodBefore } from './claim-period';

describe('periodBefore', () => {
  it('goes back the same number of whole months for a period of whole months', () => {
    // November 2025 to October 2026 is 12 months: the 12 before are November 2024 to October 2025.
    expect(periodBefore({ from: '2025-11-01', to: '2026-10-31' })).toEqual({ from: '2024-11-01', to: '2025-10-31' });
    // April to September (183 days) against October to March (182 days): month for month, not day for day.
    expect(periodBefore({ from: '2026-04-01', to: '2026-09-30' })).toEqual({ from: '2025-10-01', to: '2026-03-31' });
    // One February (28 days) against the whole of January (31 days).
    expect(periodBefore({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('goes back the same number of days for any other period', () => {
    // 15 January to 14 February is 31 days; the 31 before end on 14 January and start on 15 December.
    expect(periodBefore({ from: '2026-01-15', to: '2026-02-14' })).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    // One day: the day before.
    expect(periodBefore({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    // Starts on a first but stops short of the month's end (1–30 March is 30 days): 30 days back, 30 January to 28 February.
    expect(periodBefore({ from: '2026-03-01', to: '2026-03-30' })).toEqual({ from: '2026-01-30', to: '2026-02-28' });
  });

  it('refuses dates that do not exist and periods that end before they start', () => {
    expect(() => periodBefore({ from: '2026-02-30', to: '2026-03-31' })).toThrow(/period.from/);
    expect(() => periodBefore({ from: '2026-03-01', to: '2026-02-01' })).toThrow(/before it starts/);
  });
});

describe('isWholeMonths', () => {
  it('needs the first day of a month and the last day of a month', () => {
    expect(isWholeMonths({ from: '2024-02-01', to: '2024-02-29' })).toBe(true);
    expect(isWholeMonths({ from: '2024-02-01', to: '2024-02-28' })).toBe(false);
    expect(isWholeMonths({ from: '2024-02-02', to: '2024-03-31' })).toBe(false);
  });
});

describe('inPeriod', () => {
  it('includes both ends', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    expect(['2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01'].map((date) => inPeriod(date, period))).toEqual([false, true, true, false]);
  });
});
