import {
  LIMIT_FACTOR,
  movingRanges,
  NEAR_LIMIT_FACTOR,
  OUTLIER_MOVING_RANGE_FACTOR,
  processLimits,
} from './process-limits';

const SCREENED = { screenOutliers: true };
const UNSCREENED = { screenOutliers: false };

describe('movingRanges', () => {
  it('is the absolute difference from the value before, one fewer than the values', () => {
    expect(movingRanges([3, 5, 2, 2])).toEqual([2, 3, 0]);
    expect(movingRanges([4])).toEqual([]);
    expect(movingRanges([])).toEqual([]);
  });
});

describe('processLimits', () => {
  it('uses the Making Data Count constants', () => {
    expect(LIMIT_FACTOR).toBe(2.66);
    expect(NEAR_LIMIT_FACTOR).toBeCloseTo(1.7733, 4);
    expect(OUTLIER_MOVING_RANGE_FACTOR).toBe(3.267);
  });

  it('works 1 to 12 by hand', () => {
    // mean = 78 / 12 = 6.5; eleven moving ranges of 1, so AMR = 1 (none ≥ 3.267, screening changes nothing);
    // limits 6.5 ± 2.66 = 3.84 and 9.16; near limits 6.5 ± 1.7733 = 4.7267 and 8.2733.
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const options of [SCREENED, UNSCREENED]) {
      const limits = processLimits(values, options);
      expect(limits.mean).toBe(6.5);
      expect(limits.averageMovingRange).toBe(1);
      expect(limits.lowerLimit).toBeCloseTo(3.84, 10);
      expect(limits.upperLimit).toBeCloseTo(9.16, 10);
      expect(limits.nearLowerLimit).toBeCloseTo(4.72667, 5);
      expect(limits.nearUpperLimit).toBeCloseTo(8.27333, 5);
    }
  });

  it('leaves a jump out of the average moving range when screening, but not out of the mean', () => {
    // 50, 52 alternating for 11 values, then 76: sum 6×50 + 5×52 + 76 = 636, mean 53.
    // Moving ranges: ten of 2 and one of 26, AMR = 46 / 11 = 4.1818; 26 ≥ 3.267 × 4.1818 = 13.66, so screening drops
    // it: AMR = 20 / 10 = 2, limits 53 ± 5.32 = 47.68 and 58.32.
    // Unscreened: limits 53 ± 2.66 × 46 / 11 = 53 ± 11.1236 = 41.8764 and 64.1236.
    const values = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 76];

    const screened = processLimits(values, SCREENED);
    expect(screened.mean).toBe(53);
    expect(screened.averageMovingRange).toBe(2);
    expect(screened.lowerLimit).toBeCloseTo(47.68, 10);
    expect(screened.upperLimit).toBeCloseTo(58.32, 10);

    const unscreened = processLimits(values, UNSCREENED);
    expect(unscreened.mean).toBe(53);
    expect(unscreened.averageMovingRange).toBeCloseTo(4.181818, 6);
    expect(unscreened.lowerLimit).toBeCloseTo(41.8764, 4);
    expect(unscreened.upperLimit).toBeCloseTo(64.1236, 4);
  });

  it('drops a moving range exactly 3.267 × AMR (NHSRplotthedots keeps only those below)', () => {
    // Ranges 244, 244, 245, 3267: AMR = 4000 / 4 = 1000, and 3.267 × 1000 = 3267 exactly in floating point.
    // 3267 is dropped, so AMR = 733 / 3 = 244.333.
    const values = [0, 244, 0, 245, 3512];
    expect(processLimits(values, SCREENED).averageMovingRange).toBeCloseTo(733 / 3, 12);
    // One below the threshold is kept: ranges 244, 244, 245, 3266, AMR 999.75, threshold 3266.18.
    expect(processLimits([0, 244, 0, 245, 3511], SCREENED).averageMovingRange).toBe(999.75);
  });

  it('screens once, as NHSRplotthedots does, even when a second pass would drop more', () => {
    // Ranges: ten of 1, then 20, then 100: AMR = 130 / 12 = 10.833, threshold 35.39 drops 100 → AMR = 30 / 11.
    // A second pass (threshold 3.267 × 30 / 11 = 8.91) would also drop 20; it must not happen.
    // mean = (5 × 1 + 20 + 120) / 13 = 145 / 13.
    const limits = processLimits([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 20, 120], SCREENED);
    expect(limits.averageMovingRange).toBeCloseTo(30 / 11, 12);
    expect(limits.mean).toBeCloseTo(145 / 13, 12);
  });

  it('computes from the first fixAfterPoints values only', () => {
    // First 4: mean 11, ranges 2, 2, 2 → AMR 2; the later values and the range into them are ignored.
    const limits = processLimits([10, 12, 10, 12, 500, 0, 900], { fixAfterPoints: 4, screenOutliers: true });
    expect(limits.mean).toBe(11);
    expect(limits.averageMovingRange).toBe(2);
  });

  it('gives a flat process zero-width limits rather than NaN when every moving range is 0', () => {
    const limits = processLimits([4, 4, 4, 4], SCREENED);
    expect(limits).toEqual({
      mean: 4,
      averageMovingRange: 0,
      lowerLimit: 4,
      upperLimit: 4,
      nearLowerLimit: 4,
      nearUpperLimit: 4,
    });
  });

  it('needs two values for a moving range', () => {
    expect(() => processLimits([1], SCREENED)).toThrow('Process limits need at least 2 values; got 1');
  });

  describe("NHSRplotthedots' own case (tests/testthat/test-ptd_spc_standard.R, _snaps/ptd_spc_standard.md)", () => {
    // set.seed(123); rnorm(20), printed to 8 decimals; the package's snapshot gives the limits to 7 figures.
    const rnorm = [
      -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285,
      -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716,
      0.7013559, -0.47279141,
    ];
    const withOutlier = rnorm.map((value, i) => (i === 14 ? 10 : value));

    it('matches r1: no outlier', () => {
      const limits = processLimits(rnorm, SCREENED);
      expect(limits.mean).toBeCloseTo(0.1416238, 6);
      expect(limits.lowerLimit).toBeCloseTo(-3.01138, 5);
      expect(limits.upperLimit).toBeCloseTo(3.294627, 5);
    });

    it('matches r2: y[15] = 10, screened', () => {
      const limits = processLimits(withOutlier, SCREENED);
      expect(limits.mean).toBeCloseTo(0.6694159, 6);
      expect(limits.lowerLimit).toBeCloseTo(-2.383666, 5);
      expect(limits.upperLimit).toBeCloseTo(3.722497, 5);
    });

    it('matches r3: y[15] = 10, not screened', () => {
      const limits = processLimits(withOutlier, UNSCREENED);
      expect(limits.mean).toBeCloseTo(0.6694159, 6);
      expect(limits.lowerLimit).toBeCloseTo(-4.596625, 5);
      expect(limits.upperLimit).toBeCloseTo(5.935457, 5);
    });
  });
});
