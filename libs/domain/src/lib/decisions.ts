import { isOneOf } from './is-one-of';
import { textProblem } from './text-rules';

/** What became of a proposal when the forum decided. */
export const DECISION_OUTCOMES = ['AGREED', 'DEFERRED', 'REJECTED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  AGREED: 'Agreed',
  DEFERRED: 'Deferred',
  REJECTED: 'Rejected',
};

export const DECISION_TITLE_MAX_LENGTH = 200;
export const DECISION_SUMMARY_MAX_LENGTH = 5000;
export const AMENDMENT_REASON_MAX_LENGTH = 1000;
export const EVIDENCE_TITLE_MAX_LENGTH = 200;
export const EVIDENCE_URL_MAX_LENGTH = 2000;
/** The name of a power-sharing measure entered by hand. */
export const MANUAL_INDICATOR_NAME_MAX_LENGTH = 200;
/** A decision links to at most this many pieces of evidence. */
export const MAX_EVIDENCE_LINKS = 20;
/** Every partner of a large system could be involved in one system-wide decision. */
export const MAX_DECISION_PARTICIPANTS = 2000;

export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return isOneOf(DECISION_OUTCOMES, value);
}

/** How each organisation took part in a decision, as the log records it. */
export interface DecisionParticipation {
  affected: boolean;
  present: boolean;
  consulted: boolean;
  vote: boolean;
  dissented: boolean;
  deputy: boolean;
  delegatedAuthority: boolean;
}

/** A required text: `label` is what the form calls it ("Title"). */
export function requiredTextProblem(raw: string, label: string, maxLength: number): string | null {
  if (raw.trim() === '') return `Enter the ${label.toLowerCase()}`;
  return textProblem(raw, label, maxLength);
}

/** Evidence must be a web address a reader can open: http or https, nothing a browser would run. */
export function evidenceUrlProblem(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return 'Enter the address of the evidence';
  const problem = textProblem(text, 'The address', EVIDENCE_URL_MAX_LENGTH);
  if (problem) return problem;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a full web address, starting with https://';
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'Enter a web address starting with https:// or http://';
}

/**
 * What a participant row says that cannot be true together. A deputy is someone attending in a member's place, so
 * only a present organisation has one, and delegated authority is a deputy's. (An absent organisation may still
 * have been consulted, voted by post or dissented in writing: those are not refused.)
 */
export function participationProblem(p: DecisionParticipation): string | null {
  if (p.delegatedAuthority && !p.deputy) return 'Delegated authority is recorded for deputies only; untick it or tick deputy';
  if (p.deputy && !p.present) return 'A deputy is recorded for an organisation that was present; tick present or untick deputy';
  return null;
}
