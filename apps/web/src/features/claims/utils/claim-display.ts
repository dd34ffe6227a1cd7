import { CLAIM_DIRECTION_HELP, VERDICT_LABELS } from '@stewardship/evidence';
import { formatDay } from '../../../shared/utils/format-dates';
import type { ClaimDirection, ClaimEvidenceKind, ClaimStatus, Movement, Verdict } from '../../../generated/graphql';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  AWAITING: 'Awaiting review',
  REVIEWED: 'Reviewed',
  CHANGED: 'Evidence changed since review',
};

export const EVIDENCE_KIND_LABELS: Record<ClaimEvidenceKind, string> = {
  DECISION: 'Decision',
  POWER_INDICATOR: 'Power-sharing figure',
  PRACTICE_SCORE: 'Practice score',
  NETWORK_MEASURE: 'Network measure',
  DOCUMENT: 'Document',
};

export const CLAIM_DIRECTIONS: readonly ClaimDirection[] = ['improved', 'declined', 'high', 'low', 'fair', 'unfair'];

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict];
}

export function directionLabel(direction: ClaimDirection): string {
  return CLAIM_DIRECTION_HELP[direction].label;
}

/** "1 April 2025 to 31 March 2026". */
export function periodText(period: { from: string; to: string }): string {
  return `${formatDay(period.from)} to ${formatDay(period.to)}`;
}

const MOVEMENT_WORDS: Record<Movement, string> = { higher: 'higher', lower: 'lower', same: 'unchanged' };

/** Whether a piece of evidence agrees with the claim, in words: "Agrees", "Disagrees", or why it does not say. */
export function agreementText(reading: { agrees: boolean | null; weighed: boolean }): string {
  if (!reading.weighed) return 'Cited, not weighed';
  if (reading.agrees === null) return 'Cannot be judged';
  return reading.agrees ? 'Agrees' : 'Disagrees';
}

/** "Signal (special cause)" or "Noise (common cause)"; nothing to say for what is cited but not weighed. */
export function changeText(reading: { signal: boolean; weighed: boolean; movement: Movement | null }): string {
  if (!reading.weighed) return '';
  const moved = reading.movement ? `, ${MOVEMENT_WORDS[reading.movement]}` : '';
  return reading.signal ? `Signal (special cause)${moved}` : `Noise (common cause)${moved}`;
}

/** A mean to three significant figures, or a dash when there is none. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return Number(value.toPrecision(3)).toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

/** "1.2 MB", "340 KB". */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;
}
