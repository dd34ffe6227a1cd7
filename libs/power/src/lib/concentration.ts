/**
 * Herfindahl–Hirschman index of counts: HHI = Σ sᵢ², where sᵢ = xᵢ ÷ Σx is each one's share.
 * 1 when one holds everything, 1/n when n hold equal shares. null when Σx = 0: there are no shares.
 */
export function herfindahlIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  return counts.reduce((sum, count) => sum + (count / total) ** 2, 0);
}

/**
 * Gini coefficient: G = Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² x̄).
 * 0 when all are equal; (n − 1)/n when one holds everything. null when n = 0 or x̄ = 0 (nothing to share out).
 *
 * The double sum is computed in O(n log n): with x sorted ascending and i counted from 1,
 * Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n − 1) x₍ᵢ₎, because x₍ᵢ₎ is the larger of a pair i − 1 times and the smaller n − i times.
 */
export function giniCoefficient(values: readonly number[]): number | null {
  const n = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const absoluteDifferences = 2 * sorted.reduce((sum, value, index) => sum + (2 * (index + 1) - n - 1) * value, 0);
  const mean = total / n;
  return absoluteDifferences / (2 * n * n * mean);
}
