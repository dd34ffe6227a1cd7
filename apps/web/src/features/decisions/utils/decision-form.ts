import {
  AMENDMENT_REASON_MAX_LENGTH,
  DECISION_SUMMARY_MAX_LENGTH,
  DECISION_TITLE_MAX_LENGTH,
  EVIDENCE_TITLE_MAX_LENGTH,
  evidenceUrlProblem,
  MAX_EVIDENCE_LINKS,
  participationProblem,
  requiredTextProblem,
  type DecisionParticipation,
} from '@stewardship/domain';
import type { DecisionInput, DecisionOutcome, DecisionVersionFieldsFragment, Practice } from '../../../generated/graphql';
import { datePartsFrom, EMPTY_DATE, readDateParts, type DateParts } from '../../../shared/utils/date-parts';
import type { Checked } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';
import { decisionLabel } from './decision-display';

export interface EvidenceRow {
  url: string;
  title: string;
}

/** One organisation involved, named so its row can say who it is. */
export interface ParticipantRow extends DecisionParticipation {
  organisationId: string;
  name: string;
}

/** What the record and amend form holds while the user types: text as typed, '' for "not chosen". */
export interface DecisionFormValues {
  forumId: string;
  date: DateParts;
  title: string;
  summary: string;
  proposerId: string;
  outcome: DecisionOutcome | '';
  outsideForum: boolean;
  conflictSurfaced: boolean;
  /** The earlier decision this one reopens, with the label its picker shows. */
  reopens: { id: string; label: string } | null;
  practices: Practice[];
  evidence: EvidenceRow[];
  participants: ParticipantRow[];
  /** Why it is amended; amendments only. */
  reason: string;
}

/** What is sent: the whole decision, and for an amendment why. */
export interface DecisionSubmission {
  input: DecisionInput;
  reason: string;
}

export const EMPTY_DECISION_FORM: DecisionFormValues = {
  forumId: '',
  date: EMPTY_DATE,
  title: '',
  summary: '',
  proposerId: '',
  outcome: '',
  outsideForum: false,
  conflictSurfaced: false,
  reopens: null,
  practices: [],
  evidence: [],
  participants: [],
  reason: '',
};

export const NO_PARTICIPATION: DecisionParticipation = {
  affected: false,
  present: false,
  consulted: false,
  vote: false,
  dissented: false,
  deputy: false,
  delegatedAuthority: false,
};

/** The amend form starts from the decision as it stands; the reason is the amendment's own, so it starts empty. */
export function decisionFormFrom(version: DecisionVersionFieldsFragment): DecisionFormValues {
  return {
    forumId: version.forum.id,
    date: datePartsFrom(version.date),
    title: version.title,
    summary: version.summary,
    proposerId: version.proposer?.id ?? '',
    outcome: version.outcome,
    outsideForum: version.outsideForum,
    conflictSurfaced: version.conflictSurfaced,
    reopens: version.reopens ? { id: version.reopens.id, label: decisionLabel(version.reopens.current) } : null,
    practices: [...version.practices],
    evidence: version.evidence.map(({ url, title }) => ({ url, title })),
    participants: version.participants.map(({ organisation, affected, present, consulted, vote, dissented, deputy, delegatedAuthority }) => ({
      organisationId: organisation.id,
      name: organisation.name,
      affected,
      present,
      consulted,
      vote,
      dissented,
      deputy,
      delegatedAuthority,
    })),
    reason: '',
  };
}

/**
 * The form's fields in page order, as the API names them in its field errors (`evidence.0.url`, `participants.2`),
 * so that the error summary lists problems in the order a reader meets them.
 */
export function decisionFormFields(values: DecisionFormValues, amending: boolean): string[] {
  return [
    ...(amending ? ['reason'] : []),
    'forumId',
    'date',
    'title',
    'summary',
    'proposerId',
    'outcome',
    'outsideForum',
    'conflictSurfaced',
    'reopensId',
    'practices',
    'evidence',
    ...values.evidence.flatMap((_, i) => [`evidence.${i}.url`, `evidence.${i}.title`]),
    'participants',
    ...values.participants.flatMap((_, i) => [`participants.${i}`, `participants.${i}.organisationId`]),
  ];
}

/**
 * The id of the control an error summary link should focus for a field the API names: the day box of the date, the
 * row's boxes for evidence and participants (`participants.2.organisationId` goes to that row's first checkbox).
 * Undefined for errors about no field on the page, such as `basedOnVersion`.
 */
export function decisionErrorTarget(field: string): string | undefined {
  if (field === 'date') return 'date-day';
  if (field === 'evidence') return 'evidence-add';
  if (field === 'participants') return 'participants-add';
  const evidence = /^evidence\.(\d+)\.(url|title)$/.exec(field);
  if (evidence) return `evidence-${evidence[1]}-${evidence[2]}`;
  const participant = /^participants\.(\d+)(\.\w+)?$/.exec(field);
  if (participant) return participantCheckboxId(Number(participant[1]), 'affected');
  return ['reason', 'forumId', 'title', 'summary', 'proposerId', 'outcome', 'outsideForum', 'conflictSurfaced', 'reopensId', 'practices'].includes(field)
    ? field
    : undefined;
}

export function participantCheckboxId(index: number, key: keyof DecisionParticipation): string {
  return `participants-${index}-${key}`;
}

/** The first problem with a participant's row, whichever of its parts the API named. */
export function participantProblem(inline: Partial<Record<string, string>>, index: number): string | undefined {
  return inline[`participants.${index}`] ?? inline[`participants.${index}.organisationId`];
}

/** The same checks the API makes that need no database, in page order; the submission once nothing is wrong. */
export function checkDecisionForm(values: DecisionFormValues, amending: boolean): Checked<DecisionSubmission> {
  const problems: FieldError[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  const reason = values.reason.trim();
  if (amending) add('reason', requiredTextProblem(reason, 'Reason for the amendment', AMENDMENT_REASON_MAX_LENGTH));
  if (!values.forumId) add('forumId', 'Select the forum that took the decision');
  const date = readDateParts(values.date, 'The date of the decision');
  if (date.kind === 'empty') add('date', 'Enter the date of the decision');
  else if (date.kind === 'problem') add('date', date.message);
  add('title', requiredTextProblem(values.title, 'Title', DECISION_TITLE_MAX_LENGTH));
  add('summary', requiredTextProblem(values.summary, 'Summary', DECISION_SUMMARY_MAX_LENGTH));
  if (values.outcome === '') add('outcome', 'Select the outcome');
  if (values.evidence.length > MAX_EVIDENCE_LINKS) add('evidence', `Link at most ${MAX_EVIDENCE_LINKS} pieces of evidence`);
  values.evidence.forEach((link, i) => {
    add(`evidence.${i}.url`, evidenceUrlProblem(link.url));
    add(`evidence.${i}.title`, requiredTextProblem(link.title, 'Title of the evidence', EVIDENCE_TITLE_MAX_LENGTH));
  });
  values.participants.forEach((participant, i) => add(`participants.${i}`, participationProblem(participant)));

  if (problems.length > 0 || date.kind !== 'date' || values.outcome === '') return { problems, input: null };
  return {
    problems,
    input: {
      reason,
      input: {
        forumId: values.forumId,
        date: date.iso,
        title: values.title.trim(),
        summary: values.summary.trim(),
        proposerId: values.proposerId || null,
        outcome: values.outcome,
        outsideForum: values.outsideForum,
        conflictSurfaced: values.conflictSurfaced,
        reopensId: values.reopens?.id ?? null,
        practices: [...values.practices],
        evidence: values.evidence.map((link) => ({ url: link.url.trim(), title: link.title.trim() })),
        participants: values.participants.map(({ organisationId, affected, present, consulted, vote, dissented, deputy, delegatedAuthority }) => ({
          organisationId,
          affected,
          present,
          consulted,
          vote,
          dissented,
          deputy,
          delegatedAuthority,
        })),
      },
    },
  };
}

/** Summary lines for a participant's row start with the organisation's name, since the row's message alone does not say whose it is. */
export function namedParticipantErrors<Item extends { targetId?: string; message: string }>(items: Item[], participants: readonly ParticipantRow[]): Item[] {
  return items.map((item) => {
    const row = /^participants-(\d+)-affected$/.exec(item.targetId ?? '');
    const name = row ? participants[Number(row[1])]?.name : undefined;
    return name ? { ...item, message: `${name}: ${item.message}` } : item;
  });
}
