import {
  DECISION_SUMMARY_MAX_LENGTH,
  DECISION_TITLE_MAX_LENGTH,
  EVIDENCE_TITLE_MAX_LENGTH,
  evidenceUrlProblem,
  isoDateProblem,
  MAX_DECISION_PARTICIPANTS,
  MAX_EVIDENCE_LINKS,
  participationProblem,
  requiredTextProblem,
  type DecisionOutcome,
  type DecisionParticipation,
  type PracticeKey,
} from '@stewardship/domain';
import { FieldErrors } from '../common/errors';
import { isUuid } from '../common/ids';
import type { DecisionInput } from './dto/decision.input';

export interface NormalisedDecision {
  forumId: string;
  date: string;
  title: string;
  summary: string;
  proposerId: string | null;
  outsideForum: boolean;
  conflictSurfaced: boolean;
  outcome: DecisionOutcome;
  reopensId: string | null;
  practices: PracticeKey[];
  evidence: { url: string; title: string }[];
  participants: (DecisionParticipation & { organisationId: string })[];
}

const NOT_IN_SYSTEM = 'is not one of your system';

/**
 * Tidies a decision as typed (trimmed text, practices once each) and records every problem that needs no database
 * to find, each under the field the form shows it by (`participants.2.deputy`, `evidence.0.url`). Whether the forum,
 * organisations and reopened decision belong to the caller's system is checked by the service.
 */
export function normaliseDecisionInput(input: DecisionInput, errors: FieldErrors): NormalisedDecision {
  errors.add('date', isoDateProblem(input.date, 'the day the decision was taken'));
  const title = input.title.trim().replace(/\s+/g, ' ');
  errors.add('title', requiredTextProblem(title, 'Title', DECISION_TITLE_MAX_LENGTH));
  const summary = input.summary.trim();
  errors.add('summary', requiredTextProblem(summary, 'Summary', DECISION_SUMMARY_MAX_LENGTH));
  if (!isUuid(input.forumId)) errors.add('forumId', `The forum ${NOT_IN_SYSTEM}`);
  const proposerId = input.proposerId || null;
  if (proposerId && !isUuid(proposerId)) errors.add('proposerId', `The proposing organisation ${NOT_IN_SYSTEM}`);
  const reopensId = input.reopensId || null;
  if (reopensId && !isUuid(reopensId)) errors.add('reopensId', 'The decision it reopens is not in your log');

  if (input.evidence.length > MAX_EVIDENCE_LINKS) errors.add('evidence', `Link at most ${MAX_EVIDENCE_LINKS} pieces of evidence`);
  const evidence = input.evidence.map((link, i) => {
    const url = link.url.trim();
    const title = link.title.trim().replace(/\s+/g, ' ');
    errors.add(`evidence.${i}.url`, evidenceUrlProblem(url));
    errors.add(`evidence.${i}.title`, requiredTextProblem(title, 'Title of the evidence', EVIDENCE_TITLE_MAX_LENGTH));
    return { url, title };
  });

  if (input.participants.length > MAX_DECISION_PARTICIPANTS) errors.add('participants', `Record at most ${MAX_DECISION_PARTICIPANTS} organisations`);
  const seen = new Set<string>();
  const participants = input.participants.map((participant, i) => {
    const { organisationId, affected, present, consulted, vote, dissented, deputy, delegatedAuthority } = participant;
    if (!isUuid(organisationId)) errors.add(`participants.${i}.organisationId`, `The organisation ${NOT_IN_SYSTEM}`);
    else if (seen.has(organisationId)) errors.add(`participants.${i}.organisationId`, 'This organisation is listed twice; record it once');
    seen.add(organisationId);
    const participation = { affected, present, consulted, vote, dissented, deputy, delegatedAuthority };
    errors.add(`participants.${i}`, participationProblem(participation));
    return { organisationId, ...participation };
  });
  return {
    forumId: input.forumId,
    date: input.date,
    title,
    summary,
    proposerId,
    outsideForum: input.outsideForum,
    conflictSurfaced: input.conflictSurfaced,
    outcome: input.outcome,
    reopensId,
    practices: [...new Set(input.practices)],
    evidence,
    participants,
  };
}
