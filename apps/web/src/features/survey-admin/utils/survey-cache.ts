import type { ApolloCache } from '@apollo/client';

/**
 * After a round opens, the list of rounds lacks it and the practice scores may gain a month: both are dropped, and
 * the queries showing them fetch again.
 */
export function forgetSurveyRounds(cache: ApolloCache): void {
  for (const fieldName of ['surveyRounds', 'practiceScores']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
