/**
 * The differencing attack, as an auditor runs it: given the membership vectors of the groups that are published
 * (one coordinate per atom: 1 when the group includes it), which target groups are linear combinations of them?
 * Any such group's figures (counts, distributions, hence means) can be computed exactly from what is published.
 *
 * Gaussian elimination to a reduced basis, then each target is reduced against it: a zero remainder means it is in
 * the span. Vectors are small integer ones, so a tolerance of 1e-9 separates zero from non-zero reliably.
 */
export function recoverableByDifferencing(published: readonly (readonly number[])[], targets: readonly (readonly number[])[]): number[] {
  const basis: { pivot: number; row: number[] }[] = [];
  const reduce = (vector: readonly number[]): number[] => {
    const row = [...vector];
    for (const { pivot, row: b } of basis) {
      const factor = row[pivot];
      if (Math.abs(factor) > 1e-9) for (let j = 0; j < row.length; j++) row[j] -= factor * b[j];
    }
    return row;
  };
  for (const vector of published) {
    const row = reduce(vector);
    const pivot = row.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const scale = row[pivot];
    for (let j = 0; j < row.length; j++) row[j] /= scale;
    // Keep the basis reduced: clear the new pivot from the rows already in it.
    for (const existing of basis) {
      const factor = existing.row[pivot];
      if (Math.abs(factor) > 1e-9) for (let j = 0; j < row.length; j++) existing.row[j] -= factor * row[j];
    }
    basis.push({ pivot, row });
  }
  return targets.flatMap((target, index) => (reduce(target).every((x) => Math.abs(x) <= 1e-9) ? [index] : []));
}
