import { addMonths, dayBefore, lastDayOfMonth, monthsFrom } from './dates';

describe('dayBefore', () => {
  it('steps back a day across month and year ends', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});

describe('addMonths', () => {
  it('steps forwards and back across year ends', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -11)).toBe('2025-11');
    expect(addMonths('2026-10', 0)).toBe('2026-10');
  });
});

describe('monthsFrom', () => {
  it('lists every month from the first to the last, both included', () => {
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFrom('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthsFrom('2026-03', '2026-02')).toEqual([]);
    // The last months a user may name end the list: a loop comparing text never reached past 9999-12.
    expect(monthsFrom('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
  });
});

describe('lastDayOfMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(lastDayOfMonth('2026-04')).toBe('2026-04-30');
  });
});
