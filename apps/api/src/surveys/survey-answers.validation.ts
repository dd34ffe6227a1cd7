import { MAX_RELATIONSHIPS, PRACTICES, ratingProblem, surveyCommentProblem } from '@stewardship/domain';
import { FieldErrors } from '../common/errors';
import type { SurveyAnswersModel } from './models/survey-form.model';

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
    const scoreProblem = ratingProblem(answer?.score, `score for "${practice.name}"`);
    if (scoreProblem) errors.add(field, scoreProblem);
    else if (context.submitting && !answer?.score) errors.add(field, `Choose a score from 1 to 5 for "${practice.name}"`);
    errors.add(field, surveyCommentProblem(answer?.comment, `The comment on "${practice.name}"`));
  }
  for (const question of ['direction', 'alignment', 'commitment'] as const) {
    errors.add(question, ratingProblem(answers[question], `${question} answer`));
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
      const problem = ratingProblem(relationship[rating], `${rating} rating`);
      if (problem) errors.add(`${field}.${rating}`, problem);
      else if (context.submitting && !relationship[rating]) errors.add(`${field}.${rating}`, `Choose a ${rating} rating from 1 to 5`);
    }
    if (context.submitting && !relationship.contactFrequency) errors.add(`${field}.contactFrequency`, 'Choose how often you are in personal contact');
    if (context.submitting && !relationship.type) errors.add(`${field}.type`, 'Choose the type of relationship');
    errors.add(`${field}.note`, surveyCommentProblem(relationship.note, 'The note'));
  }
}
