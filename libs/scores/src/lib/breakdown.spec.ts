import { summariseBreakdown, type GroupScores, type SuppressedBreakdown } from './breakdown';
import { COMPLEMENT_REASON, smallGroupReason, TOTAL_NOT_SHOWN_REASON } from './score-help';
import { summariseScores, type ScoreSummary } from './score-summary';

/** `n` deterministic, varied scores, so that every group has its own mean. */
function scores(n: number, seed = 0): number[] {
  return Array.from({ length: n }, (_, index) => ((index * 3 + seed) % 5) + 1);
}

function group<K extends string>(key: K, n: number, seed = 0): GroupScores<K> {
  return { key, scores: scores(n, seed) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function published(summary: ScoreSummary): { n: number; scoreSum: number } {
  if (summary.n === null || summary.mean === null) {
    throw new Error('Expected a shown summary');
  }
  return { n: summary.n, scoreSum: summary.mean * summary.n };
}

/**
 * Plays the reader who subtracts every shown child from the shown total, using only published
 * figures, and says what that reveals about a small group; null when it reveals nothing.
 */
function subtractionLeak<K extends string>(
  groups: readonly GroupScores<K>[],
  breakdown: SuppressedBreakdown<K>,
  minimumGroupSize = 5,
): string | null {
  if (breakdown.total.suppressed) {
    return null;
  }
  const revealed = published(breakdown.total);
  for (const { summary } of breakdown.groups) {
    if (!summary.suppressed) {
      const child = published(summary);
      revealed.n -= child.n;
      revealed.scoreSum -= child.scoreSum;
    }
  }

  const hidden = groups.filter(
    (child, index) => breakdown.groups[index].summary.suppressed && child.scores.length > 0,
  );
  const hiddenN = sum(hidden.map((child) => child.scores.length));
  const hiddenScoreSum = sum(hidden.flatMap((child) => child.scores));
  // Guards the check itself: what subtraction yields is exactly the hidden children pooled.
  if (revealed.n !== hiddenN || Math.abs(revealed.scoreSum - hiddenScoreSum) > 1e-6) {
    return `subtraction gives n ${revealed.n} but the hidden groups hold ${hiddenN}`;
  }
  if (revealed.n === 0) {
    return null;
  }
  if (hidden.length === 1) {
    const mean = (revealed.scoreSum / revealed.n).toFixed(2);
    return `subtraction reveals ${hidden[0].key} alone: n ${revealed.n}, mean ${mean}`;
  }
  if (revealed.n < minimumGroupSize) {
    return `subtraction reveals ${hidden.map((child) => child.key).join(' + ')} pooled: n ${revealed.n}`;
  }
  return null;
}

function hiddenBecause<K extends string>(breakdown: SuppressedBreakdown<K>) {
  return Object.fromEntries(breakdown.groups.map((child) => [child.key, child.suppressedBecause]));
}

describe('summariseBreakdown', () => {
  it('hides nothing when every group is large enough', () => {
    const groups = [group('nhs', 12), group('local-government', 6, 1), group('vcse', 5, 2)];
    const breakdown = summariseBreakdown(groups);

    expect(hiddenBecause(breakdown)).toEqual({ nhs: null, 'local-government': null, vcse: null });
    expect(breakdown.total).toEqual(summariseScores(groups.flatMap((child) => child.scores)));
    expect(breakdown.total.n).toBe(23);
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('without complementary suppression, the total minus the shown groups reveals a small group', () => {
    // The failure the rule exists for, and proof that `subtractionLeak` notices it.
    const groups = [group('nhs', 12), group('vcse', 3, 1)];
    const naive: SuppressedBreakdown<'nhs' | 'vcse'> = {
      total: summariseScores(groups.flatMap((child) => child.scores)),
      groups: groups.map((child) => {
        const summary = summariseScores(child.scores);
        return { key: child.key, summary, suppressedBecause: summary.suppressed ? 'small' : null };
      }),
    };
    // vcse scores 2, 5, 3: n 3, mean 10 / 3.
    expect(subtractionLeak(groups, naive)).toBe('subtraction reveals vcse alone: n 3, mean 3.33');
  });

  it('also hides the next-smallest group when one group is small', () => {
    const groups = [
      group('nhs', 12),
      group('local-government', 6, 1),
      group('vcse', 3, 2),
      group('independent', 9, 3),
    ];
    const breakdown = summariseBreakdown(groups);

    expect(hiddenBecause(breakdown)).toEqual({
      nhs: null,
      'local-government': 'complement',
      vcse: 'small',
      independent: null,
    });
    expect(breakdown.groups[1].summary).toEqual({
      n: null,
      mean: null,
      standardDeviation: null,
      confidenceInterval: null,
      distribution: null,
      suppressed: true,
      suppressionReason: COMPLEMENT_REASON,
    });
    expect(breakdown.groups[2].summary.suppressionReason).toBe(smallGroupReason(5));
    // 30 responses in all, 21 shown: subtraction yields 9 responses from two groups.
    expect(breakdown.total.n).toBe(30);
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('breaks a tie for the complement by key, whatever order the groups come in', () => {
    const groups = [group('nhs', 7), group('independent', 7, 1), group('vcse', 3, 2)];
    const forwards = summariseBreakdown(groups);
    const backwards = summariseBreakdown([...groups].reverse());

    expect(hiddenBecause(forwards)).toEqual({ nhs: null, independent: 'complement', vcse: 'small' });
    expect(hiddenBecause(backwards)).toEqual(hiddenBecause(forwards));
    expect(backwards.groups.map((child) => child.key)).toEqual(['vcse', 'independent', 'nhs']);
    expect(subtractionLeak(groups, forwards)).toBeNull();
  });

  it('hides nothing more when two small groups already pool 5 responses', () => {
    const groups = [group('a', 2), group('b', 3, 1), group('c', 8, 2), group('d', 10, 3)];
    const breakdown = summariseBreakdown(groups);

    expect(hiddenBecause(breakdown)).toEqual({ a: 'small', b: 'small', c: null, d: null });
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('hides one more group when two small groups pool fewer than 5 responses', () => {
    const groups = [group('a', 1), group('b', 2, 1), group('c', 10, 2), group('d', 12, 3)];
    const breakdown = summariseBreakdown(groups);

    // 1 + 2 = 3 responses could be recovered as a pair; with c the pool is 13.
    expect(hiddenBecause(breakdown)).toEqual({ a: 'small', b: 'small', c: 'complement', d: null });
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('hides every group, and still shows the total, when every group is small', () => {
    const groups = [group('a', 2), group('b', 3, 1), group('c', 4, 2)];
    const breakdown = summariseBreakdown(groups);

    expect(hiddenBecause(breakdown)).toEqual({ a: 'small', b: 'small', c: 'small' });
    expect(breakdown.total.n).toBe(9);
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('hides the total and every group when even the total is small', () => {
    const breakdown = summariseBreakdown([group('a', 1), group('b', 2, 1)]);

    expect(breakdown.total.suppressed).toBe(true);
    expect(breakdown.total.n).toBeNull();
    expect(hiddenBecause(breakdown)).toEqual({ a: 'small', b: 'small' });
  });

  it('needs no complement when the total is not shown, and hides the total', () => {
    const groups = [group('nhs', 10), group('vcse', 3, 1)];
    const breakdown = summariseBreakdown(groups, { totalShown: false });

    expect(hiddenBecause(breakdown)).toEqual({ nhs: null, vcse: 'small' });
    expect(breakdown.total.suppressed).toBe(true);
    expect(breakdown.total.suppressionReason).toBe(TOTAL_NOT_SHOWN_REASON);
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('needs no complement for a group with no responses, which identifies nobody', () => {
    const groups = [group('vcse', 0), group('nhs', 10, 1), group('local-government', 7, 2)];
    const breakdown = summariseBreakdown(groups);

    expect(hiddenBecause(breakdown)).toEqual({ vcse: 'small', nhs: null, 'local-government': null });
    expect(breakdown.groups[0].summary.n).toBeNull();
    expect(subtractionLeak(groups, breakdown)).toBeNull();
  });

  it('applies a custom minimum group size to the groups and to the pool', () => {
    const groups = [group('a', 8), group('b', 12, 1), group('c', 15, 2)];
    const breakdown = summariseBreakdown(groups, { minimumGroupSize: 10 });

    expect(hiddenBecause(breakdown)).toEqual({ a: 'small', b: 'complement', c: null });
    expect(breakdown.groups[0].summary.suppressionReason).toBe(smallGroupReason(10));
    expect(subtractionLeak(groups, breakdown, 10)).toBeNull();
  });

  it('leaks nothing, and hides an extra group only when needed, for every split of 3 or 4 groups of 0 to 7', () => {
    const problems: string[] = [];
    const sizes = [0, 1, 2, 3, 4, 5, 6, 7];
    for (const a of sizes) {
      for (const b of sizes) {
        for (const c of sizes) {
          for (const d of [...sizes, null]) {
            const groups: GroupScores<string>[] = [group('a', a), group('b', b, 1), group('c', c, 2)];
            if (d !== null) {
              groups.push(group('d', d, 3));
            }
            const breakdown = summariseBreakdown(groups);
            const leak = subtractionLeak(groups, breakdown);
            if (leak !== null) {
              problems.push(`${[a, b, c, d]}: ${leak}`);
            }
            const becauses = breakdown.groups.map((child) => child.suppressedBecause);
            const complements = becauses.filter((because) => because === 'complement').length;
            const smallPool = sum(
              groups.filter((_, index) => becauses[index] === 'small').map((child) => child.scores.length),
            );
            if (complements > (smallPool > 0 && smallPool < 5 ? 1 : 0)) {
              problems.push(`${[a, b, c, d]}: ${complements} complements for a small pool of ${smallPool}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the group and position of a bad score', () => {
    expect(() => summariseBreakdown([group('nhs', 6), { key: 'vcse', scores: [3, 9] }])).toThrow(
      'Score 9 at index 1 of group vcse is not a whole number from 1 to 5',
    );
  });

  it('refuses a breakdown that lists a group twice', () => {
    expect(() => summariseBreakdown([group('nhs', 6), group('nhs', 6)])).toThrow(
      'Group nhs appears twice in the breakdown',
    );
  });
});
