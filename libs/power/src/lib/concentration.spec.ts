import { giniCoefficient, herfindahlIndex } from './concentration';

// The definition as written, Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² x̄), to check the sorted shortcut against.
const giniByDefinition = (x: number[]) => {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  let sum = 0;
  for (const xi of x) for (const xj of x) sum += Math.abs(xi - xj);
  return sum / (2 * n * n * mean);
};

describe('herfindahlIndex', () => {
  it('is 1 when one proposes everything', () => {
    // shares 1, 0, 0, 0 → 1² = 1
    expect(herfindahlIndex([4, 0, 0, 0])).toBe(1);
  });

  it('is 1/n when n propose equally', () => {
    // shares 1/3 each → 3 × 1/9 = 1/3
    expect(herfindahlIndex([3, 3, 3])).toBeCloseTo(1 / 3, 12);
  });

  it('sums the squared shares', () => {
    // counts 2, 1, 0, 0 of 3 → (2/3)² + (1/3)² = 4/9 + 1/9 = 5/9
    expect(herfindahlIndex([2, 1, 0, 0])).toBeCloseTo(5 / 9, 12);
  });

  it('is null with no proposals, or nobody to propose', () => {
    expect(herfindahlIndex([0, 0])).toBeNull();
    expect(herfindahlIndex([])).toBeNull();
  });
});

describe('giniCoefficient', () => {
  it('is (n − 1)/n when one of n proposes everything', () => {
    // [4,0,0,0]: Σ|xi − xj| = 2 × 3 × 4 = 24; 2 n² x̄ = 2 × 16 × 1 = 32 → 24/32 = 3/4
    expect(giniCoefficient([4, 0, 0, 0])).toBe(3 / 4);
    // n = 1: (1 − 1)/1 = 0
    expect(giniCoefficient([5])).toBe(0);
  });

  it('is 0 when all propose equally', () => {
    expect(giniCoefficient([3, 3, 3])).toBe(0);
  });

  it('follows the definition on unequal counts', () => {
    // [2,1,0,0]: unordered pairs |2−1| + |2−0| + |2−0| + |1−0| + |1−0| + |0−0| = 7, both orders 14;
    // 2 n² x̄ = 2 × 16 × 3/4 = 24 → 14/24 = 7/12
    expect(giniCoefficient([2, 1, 0, 0])).toBeCloseTo(7 / 12, 12);
    // order does not matter
    expect(giniCoefficient([0, 2, 0, 1])).toBeCloseTo(7 / 12, 12);
  });

  it('agrees with the double sum on awkward counts', () => {
    const counts = [7, 0, 3, 3, 12, 1, 0, 5];
    expect(giniCoefficient(counts)).toBeCloseTo(giniByDefinition(counts), 12);
  });

  it('is null with nobody (n = 0) or no proposals (x̄ = 0)', () => {
    expect(giniCoefficient([])).toBeNull();
    expect(giniCoefficient([0, 0, 0])).toBeNull();
  });
});
