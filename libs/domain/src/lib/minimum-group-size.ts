/** Below 3 a group's answers are too easy to attribute; above 50 almost nothing would be shown. */
export const MINIMUM_GROUP_SIZE_RANGE = { min: 3, max: 50 } as const;

/** The smallest group whose figures a system publishes, as an administrator may set it. */
export function minimumGroupSizeProblem(size: number): string | null {
  const { min, max } = MINIMUM_GROUP_SIZE_RANGE;
  if (!Number.isInteger(size) || size < min || size > max) return `The minimum group size must be a whole number from ${min} to ${max}`;
  return null;
}
