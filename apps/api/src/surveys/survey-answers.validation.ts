import { PRACTICES } from '@stewardship/domain';
import { FieldErrors } from '../common/errors';
import type { SurveyAnswersModel } from './models/survey-form.model';

export const MAX_RELATIONSHIPS = 50;
const COMMENT_LIMIT = 2000;
const isRating = (value: number | null | undefined) => value === null || value === undefined || (Number.isInteger(value) && value >= 1 && value <= 5);

/**
 * Checks a respondent's answers. A draft may leave anything out; a submission must score every practice and give
 * trust, value, contact and type for every partner added. Field names are the paths a form can show errors against:
 * `practiceScores.SHARED_PURPOSE`, `direction`, `relationships.<organisationId>.trust`.
 */
export function checkSurveyAnswers(
  answers: SurveyAnswersModel,
  context: { ownOrganisationId: string; partnerIds: ReadonlySet<string>; submitting: boolean },
  errors: FieldErrors,
): void {
  const scored = new Map(answers.practiceScores.map((a) => [a.practice, a]));
  if (scored.size !== answers.practiceScores.length) errors.add('practiceScores', 'Each practice may be answered once');
  for (const practice of PRACTICES) {
    const answer = scored.get(practice.key);
    const field = `practiceScores.${practice.key}`;
    if (!isRating(answer?.score)) errors.add(field, `The score for "${practice.name}" must be a whole number from 1 to 5`);
    else if (context.submitting && !answer?.score) errors.add(field, `Choose a score from 1 to 5 for "${practice.name}"`);
    if ((answer?.comment?.length ?? 0) > COMMENT_LIMIT) errors.add(field, `The comment on "${practice.name}" must be ${COMMENT_LIMIT} characters or fewer`);
  }
  for (const question of ['direction', 'alignment', 'commitment'] as const) {
    if (!isRating(answers[question])) errors.add(question, `The ${question} answer must be a whole number from 1 to 5`);
  }
  if (answers.relationships.length > MAX_RELATIONSHIPS) errors.add('relationships', `Rate at most ${MAX_RELATIONSHIPS} partners in one response`);
  const seen = new Set<string>();
  for (const relationship of answers.relationships) {
    const field = `relationships.${relationship.organisationId}`;
    if (relationship.organisationId === context.ownOrganisationId) errors.add(`${field}.organisationId`, 'You cannot rate your own organisation');
    else if (!context.partnerIds.has(relationship.organisationId)) errors.add(`${field}.organisationId`, 'Choose a partner from the list');
    if (seen.has(relationship.organisationId)) errors.add(`${field}.organisationId`, 'This partner is rated twice');
    seen.add(relationship.organisationId);
    for (const rating of ['trust', 'value'] as const) {
      if (!isRating(relationship[rating])) errors.add(`${field}.${rating}`, `The ${rating} rating must be a whole number from 1 to 5`);
      else if (context.submitting && !relationship[rating]) errors.add(`${field}.${rating}`, `Choose a ${rating} rating from 1 to 5`);
    }
    if (context.submitting && !relationship.contactFrequency) errors.add(`${field}.contactFrequency`, 'Choose how often you are in personal contact');
    if (context.submitting && !relationship.type) errors.add(`${field}.type`, 'Choose the type of relationship');
    if ((relationship.note?.length ?? 0) > COMMENT_LIMIT) errors.add(`${field}.note`, `The note must be ${COMMENT_LIMIT} characters or fewer`);
  }
}
