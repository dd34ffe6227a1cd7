import {
  assertValidScore,
  resolveScoreOptions,
  summariseScores,
  type ScoreOptions,
  type ScoreSummary,
} from './score-summary';

/**
 * Groups rows by key and summarises each group on its own, keys in order of first appearance:
 * the in-memory baseline for the API's SQL aggregation. Each small group is suppressed, but there
 * is no complementary suppression, because the keys need not partition a published total (e.g.
 * grouping by practice). Use `summariseBreakdown` for children shown beside their total.
 */
export function summariseByGroup<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  scoreOf: (row: T) => number,
  options?: ScoreOptions,
): Map<string, ScoreSummary> {
  // Bad options fail even when there are no rows, as they would with rows.
  resolveScoreOptions(options);
  const scoresByKey = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const score = scoreOf(row);
    // Checked here so the error points at the row, not at its position inside a group.
    assertValidScore(score, index, 'rows');
    const key = keyOf(row);
    const scores = scoresByKey.get(key);
    if (scores) {
      scores.push(score);
    } else {
      scoresByKey.set(key, [score]);
    }
  });

  const summaries = new Map<string, ScoreSummary>();
  for (const [key, scores] of scoresByKey) {
    summaries.set(key, summariseScores(scores, options));
  }
  return summaries;
}
