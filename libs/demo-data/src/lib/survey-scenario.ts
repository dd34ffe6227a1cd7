import type { PracticeKey, RoleGroup, Sector } from '@stewardship/domain';
import type { ContactFrequency, Likert } from './demo-survey';
import { monthOrdinal } from './survey-months';

/*
 * The story the demo survey tells, month by month, so that the SPC charts and the network have
 * something real to find. Months are numbered from SCENARIO_START_MONTH, the first month of the
 * default 24-month window, so a month's data is the same whichever window it is generated in.
 */

/** Month 1 of the story: the first of the 24 months ending October 2026. */
export const SCENARIO_START_MONTH = '2024-11';

/** 1 for SCENARIO_START_MONTH, 24 for October 2026; earlier months count down through 0. */
export function scenarioMonth(month: string): number {
  return monthOrdinal(month) - monthOrdinal(SCENARIO_START_MONTH) + 1;
}

/** A shared outcomes framework agreed in month 12 lifts shared purpose for good from month 13. */
export const SHARED_PURPOSE_STEP = { fromMonth: 13, size: 0.5 } as const;

/** After a financial recovery plan in month 15, sharing power falls steadily to month 24, then holds. */
export const SHARING_POWER_DECLINE = { lastSteadyMonth: 15, lastMonth: 24, perMonth: 0.1 } as const;

/** Weakening relationships are strong to month 18, then rated lower every month to month 24, then hold. */
export const WEAKENING = { lastSteadyMonth: 18, lastMonth: 24 } as const;

/**
 * How both sides rate a weakening relationship from month 18 to month 24, the same for every respondent so the
 * organisation's view falls every single month: tie strength ((trust − 1) ÷ 4 + (value − 1) ÷ 4 + contact) ÷ 3 with
 * contact weekly 1, monthly 2/3, quarterly 1/3 goes 1, 0.92, 0.83, 0.64, 0.56, 0.47, 0.28, so the network's
 * declining rule (a fall in each of the last three months) finds it in every month from 21.
 */
export const WEAKENING_RATINGS: ReadonlyArray<{ trust: Likert; value: Likert; contactFrequency: ContactFrequency }> = [
  { trust: 5, value: 5, contactFrequency: 'WEEKLY' },
  { trust: 5, value: 4, contactFrequency: 'WEEKLY' },
  { trust: 4, value: 4, contactFrequency: 'WEEKLY' },
  { trust: 4, value: 3, contactFrequency: 'MONTHLY' },
  { trust: 3, value: 3, contactFrequency: 'MONTHLY' },
  { trust: 2, value: 3, contactFrequency: 'MONTHLY' },
  { trust: 2, value: 2, contactFrequency: 'QUARTERLY' },
];

/**
 * The mean a respondent with no sector, role or personal lean would give each practice before
 * the story moves it. Below the scale's midpoint where the King's Fund found most doubt: half its
 * respondents said it was not safe to voice a different view, over half that power was not shared.
 */
const BASELINE_MEANS: Record<PracticeKey, number> = {
  SAFE_ENVIRONMENT: 3.1,
  HEALTHY_RELATIONSHIPS: 3.4,
  SHARED_PURPOSE: 2.9,
  SHARING_POWER: 3.1,
  MANAGING_CONFLICT: 3.0,
  SHARED_DECISIONS: 3.0,
};

/** Months of the story a change has run for, by `month`: 0 before it starts, capped once it ends. */
function monthsInto(month: number, change: { lastSteadyMonth: number; lastMonth: number }): number {
  return Math.min(Math.max(month - change.lastSteadyMonth, 0), change.lastMonth - change.lastSteadyMonth);
}

/**
 * The true mean of a practice in a month of the story: shared purpose steps up, sharing power
 * trends down, and the other four (safe environment among them) stay flat, so their charts show
 * common-cause variation only.
 */
export function practiceTrueMean(practice: PracticeKey, month: number): number {
  const baseline = BASELINE_MEANS[practice];
  switch (practice) {
    case 'SHARED_PURPOSE':
      return month >= SHARED_PURPOSE_STEP.fromMonth ? baseline + SHARED_PURPOSE_STEP.size : baseline;
    case 'SHARING_POWER':
      return baseline - SHARING_POWER_DECLINE.perMonth * monthsInto(month, SHARING_POWER_DECLINE);
    default:
      return baseline;
  }
}

/** How a weakening relationship is rated in a month of the story; null before it starts to weaken. */
export function weakeningRating(month: number): (typeof WEAKENING_RATINGS)[number] | null {
  return month < WEAKENING.lastSteadyMonth ? null : WEAKENING_RATINGS[monthsInto(month, WEAKENING)];
}

/**
 * How each sector's respondents lean, per practice. VCSE partners (Healthwatch and hospices among
 * them) and independent care providers rate sharing power and a safe environment well below NHS
 * bodies, as the King's Fund found; NHS bodies, holding most of the power, think it well shared.
 */
export const SECTOR_LEANINGS: Record<Sector, Partial<Record<PracticeKey, number>>> = {
  NHS: { SAFE_ENVIRONMENT: 0.2, HEALTHY_RELATIONSHIPS: 0.1, SHARING_POWER: 0.3, SHARED_DECISIONS: 0.2 },
  LOCAL_GOVERNMENT: { SHARED_PURPOSE: 0.1, SHARING_POWER: -0.1 },
  VCSE: { SAFE_ENVIRONMENT: -0.45, HEALTHY_RELATIONSHIPS: 0.1, SHARED_PURPOSE: -0.15, SHARING_POWER: -0.6, SHARED_DECISIONS: -0.3 },
  INDEPENDENT: { SAFE_ENVIRONMENT: -0.2, HEALTHY_RELATIONSHIPS: -0.2, SHARING_POWER: -0.4, SHARED_DECISIONS: -0.3 },
};

/** Executives see collaboration more kindly than those who run services day to day. */
export const ROLE_GROUP_LEANINGS: Record<RoleGroup, number> = {
  EXECUTIVE: 0.2,
  CLINICAL: 0,
  OPERATIONAL: -0.1,
  VCSE: 0,
  OTHER: -0.05,
};
