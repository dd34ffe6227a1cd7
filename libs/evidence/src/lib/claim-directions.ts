/** What a claim asserts about the figures that bear on it. */
export const CLAIM_DIRECTIONS = ['improved', 'declined', 'high', 'low', 'fair', 'unfair'] as const;
export type ClaimDirection = (typeof CLAIM_DIRECTIONS)[number];

/** Which way is better for a figure; 'neither' when a rise is neither better nor worse (e.g. the number of decisions). */
export type Improvement = 'increase' | 'decrease' | 'neither';

/** The way a figure's values must move, from the period before to the claim's period, to bear the claim out. */
export type Movement = 'higher' | 'lower';

export function isClaimDirection(value: unknown): value is ClaimDirection {
  return typeof value === 'string' && (CLAIM_DIRECTIONS as readonly string[]).includes(value);
}

const better = (improvement: 'increase' | 'decrease'): Movement => (improvement === 'increase' ? 'higher' : 'lower');
const worse = (improvement: 'increase' | 'decrease'): Movement => (improvement === 'increase' ? 'lower' : 'higher');

/**
 * The movement that agrees with the claim: improved and fair need the better way for the figure (higher when an
 * increase is better, lower when a decrease is), declined and unfair the worse way; high and low read the numbers as
 * they are, higher or lower, whichever way is better. Null when the claim speaks of better or worse and the figure
 * has no better way.
 */
export function expectedMovement(direction: ClaimDirection, improvement: Improvement): Movement | null {
  if (direction === 'high') return 'higher';
  if (direction === 'low') return 'lower';
  if (improvement === 'neither') return null;
  return direction === 'improved' || direction === 'fair' ? better(improvement) : worse(improvement);
}

export interface ClaimDirectionHelp {
  label: string;
  /** What the claim asserts, and what the evidence must show to bear it out. */
  meaning: string;
}

const AGAINST_BEFORE = 'the claim’s period is compared with the period of the same length just before it';

/** Labels and meanings for the UI, in the words the verdict rules use. */
export const CLAIM_DIRECTION_HELP: Record<ClaimDirection, ClaimDirectionHelp> = {
  improved: {
    label: 'Improved',
    meaning: `Things got better: ${AGAINST_BEFORE}, and a figure agrees when it moved the better way for it (up for an inclusion ratio, down for decisions taken outside the forum).`,
  },
  declined: {
    label: 'Declined',
    meaning: `Things got worse: ${AGAINST_BEFORE}, and a figure agrees when it moved the worse way for it.`,
  },
  high: {
    label: 'High',
    meaning:
      `A figure is high. No yardstick holds for every figure (a score of 3.5 out of 5 and an inclusion ratio of 0.6 share no scale), so high means high for this system: ${AGAINST_BEFORE}, ` +
      'and a figure agrees when its values are higher, whichever way is better for it.',
  },
  low: {
    label: 'Low',
    meaning: `A figure is low for this system: ${AGAINST_BEFORE}, and a figure agrees when its values are lower, whichever way is better for it.`,
  },
  fair: {
    label: 'Fair',
    meaning:
      `Power or say is shared fairly. Fairness has no threshold common to every figure, so it is read against the system’s own record: ${AGAINST_BEFORE}, ` +
      'and a figure agrees when it is on the better side for it (more affected partners with a say, fewer decisions taken outside the forum). A figure that only held steady shows noise, which neither bears the claim out nor contradicts it.',
  },
  unfair: {
    label: 'Unfair',
    meaning: `Power or say is not shared fairly: ${AGAINST_BEFORE}, and a figure agrees when it is on the worse side for it.`,
  },
};
