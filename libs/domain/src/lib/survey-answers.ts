import { textProblem } from './text-rules';

/** Ratings run 1 (not at all) to 5 (fully), for practices, relationships and the three system questions. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const SURVEY_COMMENT_MAX_LENGTH = 2000;
/** A respondent rates at most this many partners in one response. */
export const MAX_RELATIONSHIPS = 50;
/** Survey links carry a token far shorter than this; a longer one is not a link we issued. */
export const SURVEY_TOKEN_MAX_LENGTH = 100;

/** An optional rating: absent, or a whole number from 1 to 5. `what` completes "The … must be". */
export function ratingProblem(value: number | null | undefined, what: string): string | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX ? null : `The ${what} must be a whole number from ${RATING_MIN} to ${RATING_MAX}`;
}

/** A free-text comment or note on an answer; `label` names it ("The comment on \"Healthy relationships\""). */
export function surveyCommentProblem(value: string | null | undefined, label: string): string | null {
  return value ? textProblem(value, label, SURVEY_COMMENT_MAX_LENGTH) : null;
}

export function surveyTokenProblem(token: string): string | null {
  return token.length > SURVEY_TOKEN_MAX_LENGTH ? 'This survey link is not recognised. Check it was copied in full, or ask for a new one.' : null;
}
