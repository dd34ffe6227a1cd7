import { smallGroupReason } from './score-help';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { summariseDistribution, type ScoreOptions, type ScoreSummary } from './score-summary';

/** The hand-worked cases below are written as the scores respondents gave; the lib reads their counts of 1..5. */
function countsOf(scores: readonly number[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const score of scores) counts[score - 1] += 1;
  return counts;
}
const summariseScores = (scores: readonly number[], options?: ScoreOptions) => summariseDistribution(countsOf(scores), options);

// Student's t quantiles, as printed in published t tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2,
// which gives 2.776, 2.132 and 12.706), here to six decimals.
const T_0975_DOF_4 = 2.776445;
const T_095_DOF_4 = 2.131847;
const T_0975_DOF_1 = 12.706205;

const HIDDEN_AS_SMALL: ScoreSummary = {
  n: null,
  mean: null,
  standardDeviation: null,
  confidenceInterval: null,
  distribution: null,
  suppressed: true,
  suppressionReason: 'Fewer than 5 responses: hidden to protect respondents',
};

describe('summariseDistribution, from scores worked by hand', () => {
  describe('a small series worked by hand: 3, 4, 5, 4, 4', () => {
    const summary = summariseScores([3, 4, 5, 4, 4]);
    // Σx = 20, so mean = 20 / 5 = 4. Deviations −1, 0, 1, 0, 0: Σ(x − mean)² = 2, so
    // sd = √(2 / (5 − 1)) = √0.5 ≈ 0.7071, and the standard error sd / √5 = √0.1 ≈ 0.3162.
    const halfWidth = (T_0975_DOF_4 * Math.sqrt(0.5)) / Math.sqrt(5); // ≈ 0.8780

    it('shows n and the mean', () => {
      expect(summary.n).toBe(5);
      expect(summary.mean).toBeCloseTo(4, 10);
      expect(summary.suppressed).toBe(false);
      expect(summary.suppressionReason).toBeNull();
    });

    it('uses the sample standard deviation (dividing by n − 1)', () => {
      expect(summary.standardDeviation).toBeCloseTo(0.707107, 6);
    });

    it('gives the 95% interval mean ± t(0.975, 4) × sd / √n', () => {
      expect(summary.confidenceInterval?.lower).toBeCloseTo(4 - halfWidth, 5);
      expect(summary.confidenceInterval?.upper).toBeCloseTo(4 + halfWidth, 5);
      expect(summary.confidenceInterval?.lower).toBeCloseTo(3.122, 3);
      expect(summary.confidenceInterval?.upper).toBeCloseTo(4.878, 3);
    });

    it('counts each score from 1 to 5', () => {
      expect(summary.distribution).toEqual([0, 0, 1, 3, 1]);
    });
  });

  it('narrows the interval for a lower confidence level: t(0.95, 4) at 90%', () => {
    const summary = summariseScores([3, 4, 5, 4, 4], { confidenceLevel: 0.9 });
    const halfWidth = (T_095_DOF_4 * Math.sqrt(0.5)) / Math.sqrt(5); // ≈ 0.6742
    expect(summary.confidenceInterval?.lower).toBeCloseTo(4 - halfWidth, 5);
    expect(summary.confidenceInterval?.upper).toBeCloseTo(4 + halfWidth, 5);
  });

  it('gives a single response a mean but no standard deviation or interval', () => {
    expect(summariseScores([4], { minimumGroupSize: 1 })).toEqual({
      n: 1,
      mean: 4,
      standardDeviation: null,
      confidenceInterval: null,
      distribution: [0, 0, 0, 1, 0],
      suppressed: false,
      suppressionReason: null,
    });
  });

  it('gives two responses the very wide interval that one degree of freedom implies', () => {
    // Mean 3.5; deviations ±1.5, so sd = √(4.5 / 1) ≈ 2.1213 and sd / √2 = 1.5 exactly.
    const summary = summariseScores([2, 5], { minimumGroupSize: 2 });
    expect(summary.mean).toBeCloseTo(3.5, 10);
    expect(summary.standardDeviation).toBeCloseTo(Math.sqrt(4.5), 10);
    expect(summary.confidenceInterval?.lower).toBeCloseTo(3.5 - T_0975_DOF_1 * 1.5, 5);
    expect(summary.confidenceInterval?.upper).toBeCloseTo(3.5 + T_0975_DOF_1 * 1.5, 5);
    expect(summary.distribution).toEqual([0, 1, 0, 0, 1]);
  });

  it('collapses the interval onto the mean when everyone gives the same score', () => {
    const summary = summariseScores([2, 2, 2, 2, 2, 2]);
    expect(summary.mean).toBe(2);
    expect(summary.standardDeviation).toBe(0);
    expect(summary.confidenceInterval).toEqual({ lower: 2, upper: 2 });
    expect(summary.distribution).toEqual([0, 6, 0, 0, 0]);
  });

  describe('suppression', () => {
    it('hides everything, n included, at 4 responses', () => {
      expect(summariseScores([1, 5, 5, 5])).toEqual(HIDDEN_AS_SMALL);
    });

    it('hides a group with no responses', () => {
      expect(summariseScores([])).toEqual(HIDDEN_AS_SMALL);
    });

    it('shows a group at exactly 5 responses', () => {
      const summary = summariseScores([1, 5, 5, 5, 4]);
      expect(summary.suppressed).toBe(false);
      expect(summary.n).toBe(5);
      expect(summary.mean).toBeCloseTo(20 / 5, 10);
    });

    it('follows a custom minimum group size', () => {
      const nine = [1, 2, 3, 4, 5, 1, 2, 3, 4];
      expect(summariseScores(nine, { minimumGroupSize: 10 })).toEqual({
        ...HIDDEN_AS_SMALL,
        suppressionReason: 'Fewer than 10 responses: hidden to protect respondents',
      });
      expect(summariseScores([...nine, 5], { minimumGroupSize: 10 }).n).toBe(10);
      expect(summariseScores([3, 3, 4], { minimumGroupSize: 3 }).mean).toBeCloseTo(10 / 3, 10);
    });

    it('states the reason with the minimum that applied', () => {
      expect(summariseScores([3], { minimumGroupSize: 8 }).suppressionReason).toBe(smallGroupReason(8));
    });
  });

  describe('validation', () => {
    it.each([0, -1, 2.5, NaN])('rejects a minimum group size of %p', (minimumGroupSize) => {
      expect(() => summariseScores([3], { minimumGroupSize })).toThrow(
        `Minimum group size ${minimumGroupSize} must be a whole number of at least 1`,
      );
    });

    it.each([0, 1, 95, NaN])('rejects a confidence level of %p', (confidenceLevel) => {
      expect(() => summariseScores([3], { confidenceLevel })).toThrow(
        `Confidence level ${confidenceLevel} must be between 0 and 1`,
      );
    });
  });
});

describe('summariseDistribution', () => {
  it('gives the hand-worked figures for [3,4,5,4,4] from its counts [0,0,1,3,1]', () => {
    const summary = summariseDistribution([0, 0, 1, 3, 1]);
    expect(summary.n).toBe(5);
    expect(summary.mean).toBe(4);
    expect(summary.standardDeviation).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(summary.confidenceInterval?.upper).toBeCloseTo(4 + (2.776445 * Math.sqrt(0.5)) / Math.sqrt(5), 5);
    expect(summary.distribution).toEqual([0, 0, 1, 3, 1]);
  });

  it('agrees with simple-statistics on the expanded scores', () => {
    for (const counts of [[7, 0, 2, 9, 1], [0, 0, 0, 0, 6], [1, 1, 1, 1, 1], [0, 3, 0, 0, 400]]) {
      const scores = counts.flatMap((c, i) => Array.from({ length: c }, () => i + 1));
      const fromCounts = summariseDistribution(counts);
      expect(fromCounts.n).toBe(scores.length);
      expect(fromCounts.mean).toBeCloseTo(mean(scores), 12);
      expect(fromCounts.standardDeviation).toBeCloseTo(sampleStandardDeviation(scores), 12);
    }
  });

  it('suppresses at n = 4 and shows at n = 5, and refuses malformed counts', () => {
    expect(summariseDistribution([0, 4, 0, 0, 0]).suppressed).toBe(true);
    expect(summariseDistribution([0, 4, 0, 0, 1]).suppressed).toBe(false);
    expect(() => summariseDistribution([1, 2, 3])).toThrow(/five whole counts/);
    expect(() => summariseDistribution([1, -2, 3, 0, 0])).toThrow(/five whole counts/);
  });
});
