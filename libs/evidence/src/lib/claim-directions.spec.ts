import { CLAIM_DIRECTION_HELP, CLAIM_DIRECTIONS, expectedMovement, isClaimDirection } from './claim-directions';

describe('expectedMovement', () => {
  it('reads improved and fair as the better way, declined and unfair as the worse way', () => {
    // An inclusion ratio (increase is better) and the share of decisions taken outside the forum (decrease is better).
    expect(['improved', 'fair', 'declined', 'unfair'].map((d) => expectedMovement(d as 'improved', 'increase'))).toEqual(['higher', 'higher', 'lower', 'lower']);
    expect(['improved', 'fair', 'declined', 'unfair'].map((d) => expectedMovement(d as 'improved', 'decrease'))).toEqual(['lower', 'lower', 'higher', 'higher']);
  });

  it('reads high and low as the numbers, whichever way is better', () => {
    for (const improvement of ['increase', 'decrease', 'neither'] as const) {
      expect(expectedMovement('high', improvement)).toBe('higher');
      expect(expectedMovement('low', improvement)).toBe('lower');
    }
  });

  it('has no expectation of better or worse for a figure with no better way', () => {
    expect(['improved', 'declined', 'fair', 'unfair'].map((d) => expectedMovement(d as 'improved', 'neither'))).toEqual([null, null, null, null]);
  });
});

describe('CLAIM_DIRECTION_HELP', () => {
  it('explains every direction', () => {
    expect(Object.keys(CLAIM_DIRECTION_HELP)).toEqual([...CLAIM_DIRECTIONS]);
    expect(CLAIM_DIRECTION_HELP.fair.meaning).toMatch(/period of the same length just before/);
  });

  it('knows its own directions', () => {
    expect(isClaimDirection('fair')).toBe(true);
    expect(isClaimDirection('FAIR')).toBe(false);
  });
});
