import { checkMonthRange, ratioOrNull, seatHeldOn, seatOverlaps, type PowerSeat } from './power-input';

const seat = (from: string, to?: string): PowerSeat => ({ organisationId: 'A', forumId: 'F', voting: true, from, to });

describe('seatHeldOn', () => {
  it('holds from its first day to its last, both included, and without end when open', () => {
    expect(seatHeldOn(seat('2026-01-01', '2026-01-31'), '2026-01-01')).toBe(true);
    expect(seatHeldOn(seat('2026-01-01', '2026-01-31'), '2026-01-31')).toBe(true);
    expect(seatHeldOn(seat('2026-01-01', '2026-01-31'), '2026-02-01')).toBe(false);
    expect(seatHeldOn(seat('2026-01-02'), '2026-01-01')).toBe(false);
    expect(seatHeldOn(seat('2026-01-01'), '9999-12-31')).toBe(true);
  });
});

describe('seatOverlaps', () => {
  const january = { from: '2026-01-01', to: '2026-01-31' };

  it('overlaps when it shares at least one day with the period', () => {
    expect(seatOverlaps(seat('2025-06-01', '2026-01-01'), january)).toBe(true);
    expect(seatOverlaps(seat('2026-01-31'), january)).toBe(true);
    expect(seatOverlaps(seat('2025-06-01', '2025-12-31'), january)).toBe(false);
    expect(seatOverlaps(seat('2026-02-01'), january)).toBe(false);
  });
});

describe('ratioOrNull', () => {
  it('is null rather than NaN or 0 when there is nothing to divide by', () => {
    expect(ratioOrNull(0, 0)).toBeNull();
    expect(ratioOrNull(0, 4)).toBe(0);
    expect(ratioOrNull(1, 4)).toBe(0.25);
  });
});

describe('checkMonthRange', () => {
  it('names the month that is not yyyy-mm, or the end before the start', () => {
    expect(() => checkMonthRange({ from: '2026-13', to: '2026-12' })).toThrow('range.from: Enter the month as yyyy-mm');
    expect(() => checkMonthRange({ from: '2026-01', to: '2026-1' })).toThrow('range.to');
    expect(() => checkMonthRange({ from: '2026-02', to: '2026-01' })).toThrow('range.to: must not be before range.from (2026-02)');
    expect(() => checkMonthRange({ from: '2026-01', to: '2026-01' })).not.toThrow();
  });
});
