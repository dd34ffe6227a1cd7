import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isSurveyUnavailable, surveyUnavailable } from './survey-errors';

const graphQLError = (code: string, message: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('surveyUnavailable', () => {
  it('explains a closed round in the API’s words, with what to do', () => {
    const page = surveyUnavailable(graphQLError('SURVEY_CLOSED', 'The survey for 2026-10 has closed, so answers can no longer be accepted.'));
    expect(page).toEqual({
      code: 'SURVEY_CLOSED',
      title: 'This survey has closed',
      message: 'The survey for 2026-10 has closed, so answers can no longer be accepted.',
      advice: 'You will be sent a new link when the next survey round opens.',
    });
  });

  it('knows a link already used and one that is not recognised', () => {
    expect(surveyUnavailable(graphQLError('SURVEY_SUBMITTED', 'Done'))?.title).toBe('You have already submitted your answers');
    expect(surveyUnavailable(graphQLError('NOT_FOUND', 'No'))?.title).toBe('This survey link is not recognised');
    expect(isSurveyUnavailable(graphQLError('SURVEY_NOT_OPEN', 'Later'))).toBe(true);
  });

  it('leaves other errors to the service-problem message', () => {
    expect(surveyUnavailable(graphQLError('INTERNAL_SERVER_ERROR', 'Boom'))).toBeUndefined();
    expect(isSurveyUnavailable(new TypeError('Failed to fetch'))).toBe(false);
  });
});
