import { seatHasEnded } from './seat-display';

describe('seatHasEnded', () => {
  it('counts a seat as ended after its last day, not on it', () => {
    expect(seatHasEnded({ to: null }, '2025-06-01')).toBe(false);
    expect(seatHasEnded({ to: '2025-06-01' }, '2025-06-01')).toBe(false);
    expect(seatHasEnded({ to: '2025-05-31' }, '2025-06-01')).toBe(true);
  });
});
