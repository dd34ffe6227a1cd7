import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(12)).toEqual(draw(12));
    expect(draw(12)).not.toEqual(draw(13));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 10_000 }, random);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    // The mean of 10,000 uniform draws is 0.5 give or take 0.003 (standard error √(1/12 ÷ 10,000)).
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
