import { COMPLEMENT_REASON, TOTAL_NOT_SHOWN_REASON } from './score-help';
import {
  assertValidScore,
  hiddenSummary,
  resolveScoreOptions,
  summariseScores,
  type ScoreOptions,
  type ScoreSummary,
} from './score-summary';

export interface GroupScores<K extends string> {
  key: K;
  scores: readonly number[];
}

export interface BreakdownGroup<K extends string> {
  key: K;
  summary: ScoreSummary;
  suppressedBecause: 'small' | 'complement' | null;
}

export interface SuppressedBreakdown<K extends string> {
  total: ScoreSummary;
  /** In the order the groups were given. */
  groups: BreakdownGroup<K>[];
}

export interface BreakdownOptions extends ScoreOptions {
  /**
   * Whether the parent total is published where the same reader can see the breakdown. Default
   * true. Pass false only when it is not: the returned total is then hidden as well.
   */
  totalShown?: boolean;
}

/**
 * Summarises a parent group (the total, e.g. a system) and its breakdown into child groups that
 * partition it (e.g. sectors), hiding children so that no small child can be recovered.
 *
 * The risk: whoever sees the total and the shown children can subtract to get the hidden children
 * pooled together: n = total n − Σ shown n, Σ scores = total mean × total n − Σ shown mean × n
 * (likewise the distribution). If only one small child were hidden, that would be its own figures.
 *
 * The rule:
 * 1. A child with fewer than `minimumGroupSize` responses is hidden ('small').
 * 2. When the total is shown, the hidden children's pooled n must be 0 or at least
 *    `minimumGroupSize`. While it is in between, the shown child with the fewest responses is also
 *    hidden ('complement'); ties go to the key first in string order, so the choice does not depend
 *    on row order (two views of the same data hiding different children would leak by themselves).
 *
 * Hence subtraction yields either no responses or a pool of at least `minimumGroupSize` spread over
 * two or more hidden children, never one small child's count or mean. Every shown child has at least
 * `minimumGroupSize` responses, so one complement is always enough. A hidden child with no
 * responses identifies nobody, so on its own it needs no complement. When the total itself is
 * small, every child is smaller still and hidden, and there is nothing to subtract from.
 * Not covered: differencing two breakdowns of the same total (by sector and by role group), or months.
 */
export function summariseBreakdown<K extends string>(
  groups: readonly GroupScores<K>[],
  options: BreakdownOptions = {},
): SuppressedBreakdown<K> {
  const { totalShown = true, ...scoreOptions } = options;
  const { minimumGroupSize } = resolveScoreOptions(scoreOptions);
  assertDistinctKeys(groups);
  for (const group of groups) {
    group.scores.forEach((score, index) => assertValidScore(score, index, `group ${group.key}`));
  }

  const children: BreakdownGroup<K>[] = groups.map(({ key, scores }) => {
    const summary = summariseScores(scores, scoreOptions);
    return { key, summary, suppressedBecause: summary.suppressed ? 'small' : null };
  });
  if (!totalShown) {
    return { total: hiddenSummary(TOTAL_NOT_SHOWN_REASON), groups: children };
  }

  const total = summariseScores(groups.flatMap((group) => group.scores), scoreOptions);
  const responses = new Map(groups.map((group) => [group.key, group.scores.length]));
  const sizeOf = (child: BreakdownGroup<K>) => responses.get(child.key) ?? 0;
  let hiddenResponses = children
    .filter((child) => child.summary.suppressed)
    .reduce((sum, child) => sum + sizeOf(child), 0);

  // A shown child always exists here: the pool is smaller than the shown total.
  while (!total.suppressed && hiddenResponses > 0 && hiddenResponses < minimumGroupSize) {
    const [smallestShown] = children
      .filter((child) => !child.summary.suppressed)
      .sort((a, b) => sizeOf(a) - sizeOf(b) || (a.key < b.key ? -1 : 1));
    smallestShown.summary = hiddenSummary(COMPLEMENT_REASON);
    smallestShown.suppressedBecause = 'complement';
    hiddenResponses += sizeOf(smallestShown);
  }
  return { total, groups: children };
}

function assertDistinctKeys(groups: readonly GroupScores<string>[]): void {
  const seen = new Set<string>();
  for (const { key } of groups) {
    if (seen.has(key)) {
      throw new Error(`Group ${key} appears twice in the breakdown`);
    }
    seen.add(key);
  }
}
