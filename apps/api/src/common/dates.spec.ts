import { dayBefore, isIsoDate } from './dates';

describe('dates', () => {
  it('accepts real yyyy-mm-dd dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '01/02/2025', '2025-1-1', '']) expect(isIsoDate(bad)).toBe(false);
  });

  it('steps back a day across month and year ends', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});
