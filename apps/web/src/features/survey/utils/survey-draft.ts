import { PRACTICES, practiceByKey, surveyCommentProblem } from '@stewardship/domain';
import type {
  ContactFrequency,
  Practice,
  RelationshipType,
  SurveyAnswersFieldsFragment,
  SurveyAnswersInput,
} from '../../../generated/graphql';
import { optionalText } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

/** The three summary questions on collective leadership (King's Fund with the Center for Creative Leadership). */
export const OUTCOME_QUESTIONS = ['direction', 'alignment', 'commitment'] as const;
export type OutcomeQuestion = (typeof OUTCOME_QUESTIONS)[number];

export interface RelationshipDraft {
  organisationId: string;
  trust: number | null;
  value: number | null;
  contactFrequency: ContactFrequency | null;
  type: RelationshipType | null;
  note: string;
}

/** The respondent's answers as the form holds them: text as typed, choices null until made. */
export interface SurveyDraft {
  practices: Record<Practice, { score: number | null; comment: string }>;
  direction: number | null;
  alignment: number | null;
  commitment: number | null;
  /** In the order the partners were added. */
  relationships: RelationshipDraft[];
}

export function emptyRelationship(organisationId: string): RelationshipDraft {
  return { organisationId, trust: null, value: null, contactFrequency: null, type: null, note: '' };
}

/** The form's starting point from the answers saved so far (empty on a first visit). */
export function draftFromAnswers(answers: SurveyAnswersFieldsFragment): SurveyDraft {
  const saved = new Map(answers.practiceScores.map((answer) => [answer.practice, answer]));
  const practices = Object.fromEntries(
    PRACTICES.map((practice) => {
      const answer = saved.get(practice.key);
      return [practice.key, { score: answer?.score ?? null, comment: answer?.comment ?? '' }];
    }),
  ) as SurveyDraft['practices'];
  return {
    practices,
    direction: answers.direction ?? null,
    alignment: answers.alignment ?? null,
    commitment: answers.commitment ?? null,
    relationships: answers.relationships.map((r) => ({
      organisationId: r.organisationId,
      trust: r.trust ?? null,
      value: r.value ?? null,
      contactFrequency: r.contactFrequency ?? null,
      type: r.type ?? null,
      note: r.note ?? '',
    })),
  };
}

/** What saveSurveyAnswers and submitSurvey take: every practice in order, empty text as null. */
export function answersInputFrom(draft: SurveyDraft): SurveyAnswersInput {
  return {
    practiceScores: PRACTICES.map((practice) => ({
      practice: practice.key,
      score: draft.practices[practice.key].score,
      comment: optionalText(draft.practices[practice.key].comment),
    })),
    direction: draft.direction,
    alignment: draft.alignment,
    commitment: draft.commitment,
    relationships: draft.relationships.map((r) => ({
      organisationId: r.organisationId,
      trust: r.trust,
      value: r.value,
      contactFrequency: r.contactFrequency,
      type: r.type,
      note: optionalText(r.note),
    })),
  };
}

export function answeredPracticeCount(draft: SurveyDraft): number {
  return PRACTICES.filter((practice) => draft.practices[practice.key].score !== null).length;
}

/** "3 of 6 practices answered". */
export function progressText(draft: SurveyDraft): string {
  return `${answeredPracticeCount(draft)} of ${PRACTICES.length} practices answered`;
}

/** A partner is rated once everything asked about it is answered: trust, value, contact and type (the note is optional). */
export function isPartnerRated(relationship: RelationshipDraft): boolean {
  return relationship.trust !== null && relationship.value !== null && relationship.contactFrequency !== null && relationship.type !== null;
}

/** "3 of 10 partners rated", over the partners added so far. */
export function partnerProgressText(draft: SurveyDraft): string {
  const added = draft.relationships.length;
  if (added === 0) return 'No partners added yet';
  return `${draft.relationships.filter(isPartnerRated).length} of ${added} ${added === 1 ? 'partner' : 'partners'} rated`;
}

/**
 * What must be answered before submitting, checked on the phone before anything is sent: every practice, and for
 * each partner added, trust, value, contact and type, and comments and notes within the domain's limits (as the API
 * requires). Field names are the API's.
 */
export function problemsBeforeSubmit(draft: SurveyDraft, partnerName: (id: string) => string): FieldError[] {
  const problems: FieldError[] = [];
  for (const practice of PRACTICES) {
    if (draft.practices[practice.key].score === null) {
      problems.push({ field: `practiceScores.${practice.key}`, message: `Choose a score from 1 to 5 for "${practice.number}. ${practice.name}"` });
    }
    const comment = surveyCommentProblem(draft.practices[practice.key].comment, `The comment on "${practice.name}"`);
    if (comment) problems.push({ field: `practiceScores.${practice.key}`, message: comment });
  }
  for (const r of draft.relationships) {
    const name = partnerName(r.organisationId);
    const field = `relationships.${r.organisationId}`;
    if (r.trust === null) problems.push({ field: `${field}.trust`, message: `Choose a trust rating from 1 to 5 for ${name}` });
    if (r.value === null) problems.push({ field: `${field}.value`, message: `Choose a value rating from 1 to 5 for ${name}` });
    if (r.contactFrequency === null) problems.push({ field: `${field}.contactFrequency`, message: `Choose how often you are in personal contact with ${name}` });
    if (r.type === null) problems.push({ field: `${field}.type`, message: `Choose the type of relationship with ${name}` });
    const note = surveyCommentProblem(r.note, 'The note');
    if (note) problems.push({ field: `${field}.note`, message: note });
  }
  return problems;
}

/** The id of the control an error is about, so the error summary can link to it. */
export function controlIdFor(field: string): string | undefined {
  const practice = /^practiceScores\.([A-Z_]+)$/.exec(field);
  if (practice) return practiceControlId(practice[1] as Practice);
  if ((OUTCOME_QUESTIONS as readonly string[]).includes(field)) return field;
  const relationship = /^relationships\.([^.]+)\.(trust|value|contactFrequency|type|note|organisationId)$/.exec(field);
  if (relationship) return relationshipControlId(relationship[1], relationship[2] === 'organisationId' ? 'heading' : relationship[2]);
  return undefined;
}

export function practiceControlId(practice: Practice): string {
  return `practice-${practice}`;
}

export function relationshipControlId(organisationId: string, part: string): string {
  return `partner-${organisationId}-${part}`;
}

/** The order of a field on the page, for sorting errors the way the form reads. */
export function fieldOrder(draft: SurveyDraft): string[] {
  return [
    ...PRACTICES.map((practice) => `practiceScores.${practice.key}`),
    ...OUTCOME_QUESTIONS,
    ...draft.relationships.flatMap((r) =>
      ['organisationId', 'trust', 'value', 'contactFrequency', 'type', 'note'].map((part) => `relationships.${r.organisationId}.${part}`),
    ),
  ];
}

/** The practice's heading: "3. Shared purpose and shared identity". */
export function practiceLegend(practice: Practice): string {
  const { number, name } = practiceByKey(practice);
  return `${number}. ${name}`;
}

export type SurveyDraftAction =
  | { type: 'practiceScore'; practice: Practice; score: number }
  | { type: 'practiceComment'; practice: Practice; comment: string }
  | { type: 'outcome'; question: OutcomeQuestion; score: number }
  | { type: 'addPartner'; organisationId: string }
  | { type: 'removePartner'; organisationId: string }
  | { type: 'relationship'; organisationId: string; change: Partial<Omit<RelationshipDraft, 'organisationId'>> };

/** Every change a respondent can make; each returns a new draft, which is what triggers the next save. */
export function surveyDraftReducer(draft: SurveyDraft, action: SurveyDraftAction): SurveyDraft {
  switch (action.type) {
    case 'practiceScore':
    case 'practiceComment': {
      const current = draft.practices[action.practice];
      const next = action.type === 'practiceScore' ? { ...current, score: action.score } : { ...current, comment: action.comment };
      return { ...draft, practices: { ...draft.practices, [action.practice]: next } };
    }
    case 'outcome':
      return { ...draft, [action.question]: action.score };
    case 'addPartner':
      if (draft.relationships.some((r) => r.organisationId === action.organisationId)) return draft;
      return { ...draft, relationships: [...draft.relationships, emptyRelationship(action.organisationId)] };
    case 'removePartner':
      return { ...draft, relationships: draft.relationships.filter((r) => r.organisationId !== action.organisationId) };
    case 'relationship':
      return {
        ...draft,
        relationships: draft.relationships.map((r) => (r.organisationId === action.organisationId ? { ...r, ...action.change } : r)),
      };
  }
}
