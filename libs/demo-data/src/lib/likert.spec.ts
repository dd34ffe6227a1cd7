import { drawNoise, logisticQuantile, stratifiedUniforms, toLikert } from './likert';
import { seededFaker } from './seeded-faker';

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
}

describe('toLikert', () => {
  it('rounds to the nearest answer and clamps to 1–5', () => {
    expect([-3, 0.4, 1.49, 1.5, 2.51, 4.49, 4.5, 9].map((latent) => toLikert(latent))).toEqual([1, 1, 1, 2, 3, 4, 5, 5]);
  });

  it('keeps within a narrower band when asked', () => {
    expect(toLikert(2.2, 4, 5)).toBe(4);
    expect(toLikert(4.8, 1, 2)).toBe(2);
    expect(toLikert(1.7, 1, 2)).toBe(2);
  });
});

describe('logisticQuantile', () => {
  it('is 0 at the median and symmetric', () => {
    expect(logisticQuantile(0.5, 1)).toBe(0);
    expect(logisticQuantile(0.9, 0.8)).toBeCloseTo(-logisticQuantile(0.1, 0.8), 12);
  });

  it('matches sd·(√3/π)·ln(u/(1−u)) worked by hand', () => {
    // ln(0.75/0.25) = ln 3 = 1.098612; × √3/π (0.551329) = 0.605698; × sd 2 = 1.211396.
    expect(logisticQuantile(0.75, 2)).toBeCloseTo(1.211396, 5);
  });

  it('stays finite at the ends of [0, 1]', () => {
    expect(Number.isFinite(logisticQuantile(0, 1))).toBe(true);
    expect(Number.isFinite(logisticQuantile(1, 1))).toBe(true);
  });
});

describe('drawNoise', () => {
  it('has mean about 0 and the standard deviation asked for', () => {
    const faker = seededFaker(1);
    const values = Array.from({ length: 20_000 }, () => drawNoise(faker, 0.7));
    expect(Math.abs(mean(values))).toBeLessThan(0.02);
    expect(standardDeviation(values)).toBeCloseTo(0.7, 1);
  });
});

describe('stratifiedUniforms', () => {
  it('puts exactly one value in each of the equal slices of [0, 1)', () => {
    const values = stratifiedUniforms(seededFaker(2), 50);
    expect(values).toHaveLength(50);
    expect(values.map((value) => Math.floor(value * 50)).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  it('returns them in random order, the same for the same seed', () => {
    const values = stratifiedUniforms(seededFaker(3), 50);
    expect(values).toEqual(stratifiedUniforms(seededFaker(3), 50));
    expect([...values].sort((a, b) => a - b)).not.toEqual(values);
  });

  it('gives nothing for a count of 0', () => {
    expect(stratifiedUniforms(seededFaker(4), 0)).toEqual([]);
  });
});
