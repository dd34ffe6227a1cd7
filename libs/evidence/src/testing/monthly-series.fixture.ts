/** Values as monthly points dated the first of each month from `firstMonth` (yyyy-mm), one a month. */
export function monthly(firstMonth: string, values: readonly number[]): { date: string; value: number }[] {
  const [year, month] = firstMonth.split('-').map(Number);
  return values.map((value, i) => ({ date: new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 10), value }));
}

/** July to December 2025: six whole months, so the period before is January to June 2025. */
export const SECOND_HALF_2025 = { from: '2025-07-01', to: '2025-12-31' } as const;

/**
 * January to June 2025, alternating 10 and 12: mean 66 ÷ 6 = 11; five moving ranges of 2, so the average moving range
 * is 2 (none is screened out: 2 < 3.267 × 2); limits 11 ± 2.66 × 2 = 5.68 and 16.32; two-thirds of the way to a limit
 * 11 ± 2 × (2.66 ÷ 3) × 2 ≈ 7.4533 and 14.5467. It ends above the mean (12), so a run above the mean in July starts in June.
 */
export const BEFORE_ENDING_HIGH = [10, 12, 10, 12, 10, 12];

/** The same six values ending below the mean (10): the same mean and limits, but a run above the mean starts in July. */
export const BEFORE_ENDING_LOW = [12, 10, 12, 10, 12, 10];

/** The limits of both: computed as xmr computes them, so a value set exactly on one is exactly on it. */
export const UPPER_LIMIT = 11 + 2.66 * 2;
export const LOWER_LIMIT = 11 - 2.66 * 2;
