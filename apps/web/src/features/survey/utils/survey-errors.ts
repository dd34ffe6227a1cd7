import { errorCodeOf, firstErrorMessage } from '../../../shared/utils/graphql-errors';

/** The API's answers when a survey link cannot be used (any more). */
export const SURVEY_UNAVAILABLE_CODES = ['NOT_FOUND', 'SURVEY_CLOSED', 'SURVEY_SUBMITTED', 'SURVEY_NOT_OPEN'] as const;
export type SurveyUnavailableCode = (typeof SURVEY_UNAVAILABLE_CODES)[number];

export interface SurveyUnavailable {
  code: SurveyUnavailableCode;
  title: string;
  /** The API's own words (they name the month and dates), or ours when it gave none. */
  message: string;
  advice: string;
}

const PAGES: Record<SurveyUnavailableCode, Omit<SurveyUnavailable, 'code' | 'message'> & { fallback: string }> = {
  NOT_FOUND: {
    title: 'This survey link is not recognised',
    fallback: 'This survey link is not recognised.',
    advice:
      'Check that you copied the whole link from your invitation. If you were sent a newer link, use that one: a new link stops the old one working. If it still does not work, ask the person who invited you for a new link.',
  },
  SURVEY_CLOSED: {
    title: 'This survey has closed',
    fallback: 'This survey has closed, so answers can no longer be accepted.',
    advice: 'You will be sent a new link when the next survey round opens.',
  },
  SURVEY_SUBMITTED: {
    title: 'You have already submitted your answers',
    fallback: 'You have already submitted your answers for this round. Thank you.',
    advice: 'Answers cannot be changed once they are submitted. You will be sent a new link when the next survey round opens.',
  },
  SURVEY_NOT_OPEN: {
    title: 'This survey is not open yet',
    fallback: 'This survey is not open yet.',
    advice: 'Come back to this link once it opens: your link will work then.',
  },
};

export function surveyUnavailableCode(error: unknown): SurveyUnavailableCode | undefined {
  const code = errorCodeOf(error);
  return (SURVEY_UNAVAILABLE_CODES as readonly string[]).includes(code ?? '') ? (code as SurveyUnavailableCode) : undefined;
}

export function isSurveyUnavailable(error: unknown): boolean {
  return surveyUnavailableCode(error) !== undefined;
}

/** What to tell a respondent whose link cannot be used; undefined for other errors (a problem with the service). */
export function surveyUnavailable(error: unknown): SurveyUnavailable | undefined {
  const code = surveyUnavailableCode(error);
  if (!code) return undefined;
  const { fallback, ...page } = PAGES[code];
  return { code, ...page, message: firstErrorMessage(error) ?? fallback };
}
