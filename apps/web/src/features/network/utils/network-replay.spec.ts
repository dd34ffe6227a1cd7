import { changeSummary, playFrom, previousRatedMonth, replayMonths, stepMonth } from './network-replay';

const RATED = ['2026-03', '2026-01', '2025-12'];

describe('replaying the network month by month', () => {
  it('steps through the rated months oldest first, skipping months without ratings', () => {
    const months = replayMonths(RATED);
    expect(months).toEqual(['2025-12', '2026-01', '2026-03']);
    expect(stepMonth(months, '2026-01', 1)).toBe('2026-03');
    expect(stepMonth(months, '2026-01', -1)).toBe('2025-12');
    expect(stepMonth(months, '2026-03', 1)).toBeNull();
    expect(stepMonth(months, '2025-12', -1)).toBeNull();
    expect(stepMonth(months, '2026-02', 1)).toBeNull();
  });

  it('measures change from the rated month before', () => {
    expect(previousRatedMonth(RATED, '2026-03')).toBe('2026-01');
    expect(previousRatedMonth(RATED, '2025-12')).toBeNull();
  });

  it('plays on from the month shown, and from the start when at the end', () => {
    const months = replayMonths(RATED);
    expect(playFrom(months, '2025-12')).toBe('2026-01');
    expect(playFrom(months, '2026-03')).toBe('2025-12');
    expect(playFrom(['2026-03'], '2026-03')).toBeNull();
  });

  it('says what changed since the month before', () => {
    const changes = new Map([
      ['a|b', 'formed'],
      ['a|c', 'formed'],
      ['b|c', 'weakened'],
    ] as const);
    expect(changeSummary(changes, '2026-01')).toBe('Since January 2026: 2 ties formed, 1 weakened, 0 broken.');
    expect(changeSummary(new Map(), null)).toBe('The first rated month: no earlier month to compare with.');
  });
});
