import { formatMonth, formatMonthShort, isMonth, nextMonth } from './months';

describe('month formatting', () => {
  it('writes months in full and short', () => {
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonthShort('2026-03')).toBe('Mar 2026');
    expect(formatMonthShort('2025-09')).toBe('Sep 2025');
    expect(formatMonthShort('2025-12')).toBe('Dec 2025');
  });

  it('gives back what is not a yyyy-mm month', () => {
    expect(formatMonth('2026-13')).toBe('2026-13');
    expect(formatMonthShort('soon')).toBe('soon');
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-1')).toBe(false);
  });

  it('steps to the next month across a year end', () => {
    expect(nextMonth('2026-11')).toBe('2026-12');
    expect(nextMonth('2026-12')).toBe('2027-01');
  });
});
