import { addMonths, monthPeriod, monthsBetween } from './months';

describe('months', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
  });

  it('lists every month of a range, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
    // The last months a user may name end the list: a loop comparing text never reached past 9999-12.
    expect(monthsBetween('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
  });

  it("runs a month's period from its first to its last day, leap years included", () => {
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthPeriod('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });
});
