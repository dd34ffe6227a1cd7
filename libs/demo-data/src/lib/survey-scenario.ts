import type { PracticeKey, RoleGroup, Sector } from '@stewardship/domain';
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

/** Weakening relationships lose this much latent strength, evenly, over months 19 to 24, then hold. */
export const WEAKENING = { lastSteadyMonth: 18, lastMonth: 24, totalDrop: 2.2 } as const;

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

/** How much latent strength a weakening relationship has lost by a month of the story. */
export function weakeningDrop(month: number): number {
  return (WEAKENING.totalDrop * monthsInto(month, WEAKENING)) / (WEAKENING.lastMonth - WEAKENING.lastSteadyMonth);
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
