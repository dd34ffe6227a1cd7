import { type XmrInputPoint, type XmrOptions, type XmrResult, variationOf, xmr } from './xmr';

const monthStart = (offset: number) => new Date(Date.UTC(2023, offset, 1)).toISOString().slice(0, 10);
const monthly = (values: number[]): XmrInputPoint[] => values.map((value, i) => ({ date: monthStart(i), value }));
const repeat = <T>(value: T, times: number): T[] => new Array<T>(times).fill(value);

// 150, 100 six times: mean 125; eleven moving ranges of 50, so AMR 50 (none near 3.267 × 50 = 163.35);
// limits 125 ± 2.66 × 50 = 125 ± 133 = −8 and 258 (exact in floating point); two-thirds lines 125 ± 88.67 =
// 36.33 and 213.67. Ends below the mean, so points added above it start a fresh run.
const BASELINE = [150, 100, 150, 100, 150, 100, 150, 100, 150, 100, 150, 100];

/** The baseline's limits, fixed, applied to the points that follow it. */
function afterBaseline(extra: number[], options: XmrOptions = {}): XmrResult {
  return xmr(monthly([...BASELINE, ...extra]), { fixAfterPoints: 12, ...options });
}
const rulesAfterBaseline = (extra: number[], options: XmrOptions = {}) =>
  afterBaseline(extra, options).points.slice(BASELINE.length).map((point) => point.rules);
const indicesWith = (result: XmrResult, rule: string) =>
  result.points.flatMap((point, i) => (point.rules.some((r) => r === rule) ? [i] : []));

describe('xmr', () => {
  describe('limits', () => {
    it('charts 1 to 12 worked by hand', () => {
      // mean 6.5, AMR 1, limits 3.84 and 9.16: 1–3 fall below, 10–12 above; the whole series is one rising trend.
      const result = xmr(monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
      const [period] = result.periods;
      expect(period).toMatchObject({
        from: '2023-01-01',
        to: '2023-12-01',
        mean: 6.5,
        averageMovingRange: 1,
        pointCount: 12,
        reason: null,
      });
      expect(period.lowerLimit).toBeCloseTo(3.84, 10);
      expect(period.upperLimit).toBeCloseTo(9.16, 10);
      expect(result.points.map((point) => point.movingRange)).toEqual([null, ...repeat(1, 11)]);
      expect(indicesWith(result, 'outside')).toEqual([0, 1, 2, 9, 10, 11]);
      expect(indicesWith(result, 'trend')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(result.points[4]).toMatchObject({
        mean: 6.5,
        lowerLimit: period.lowerLimit,
        upperLimit: period.upperLimit,
      });
    });

    it('gives the baseline mean 125, AMR 50 and limits −8 and 258', () => {
      const result = xmr(monthly(BASELINE));
      expect(result.periods[0]).toMatchObject({ mean: 125, averageMovingRange: 50, lowerLimit: -8, upperLimit: 258 });
      expect(result.points.every((point) => point.variation === 'common')).toBe(true);
    });

    it('screens a jump out of the average moving range by default, and keeps it when told not to', () => {
      // See process-limits.spec: mean 53; screened AMR 2 → 47.68..58.32; unscreened AMR 46/11 → 41.8764..64.1236.
      const values = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 76];
      const screened = xmr(monthly(values)).periods[0];
      expect(screened.averageMovingRange).toBe(2);
      expect(screened.lowerLimit).toBeCloseTo(47.68, 10);
      expect(screened.upperLimit).toBeCloseTo(58.32, 10);
      const unscreened = xmr(monthly(values), { screenOutliers: false }).periods[0];
      expect(unscreened.averageMovingRange).toBeCloseTo(46 / 11, 12);
      expect(unscreened.lowerLimit).toBeCloseTo(41.8764, 4);
      expect(unscreened.upperLimit).toBeCloseTo(64.1236, 4);
    });
  });

  describe('rules at their boundaries', () => {
    it('outside: a value on a limit does not fire, just beyond does', () => {
      expect(rulesAfterBaseline([258])).toEqual([[]]);
      expect(rulesAfterBaseline([259])).toEqual([['outside']]);
      expect(rulesAfterBaseline([-8])).toEqual([[]]);
      expect(rulesAfterBaseline([-9])).toEqual([['outside']]);
    });

    it('shift: 6 above the mean do not fire, 7 do, and shiftLength 6 makes 6 enough', () => {
      expect(rulesAfterBaseline(repeat(130, 6))).toEqual(repeat([], 6));
      expect(rulesAfterBaseline(repeat(130, 7))).toEqual(repeat(['shift'], 7));
      expect(rulesAfterBaseline(repeat(130, 6), { shiftLength: 6 })).toEqual(repeat(['shift'], 6));
    });

    it('shift: a point exactly on the mean breaks the run', () => {
      expect(rulesAfterBaseline([130, 130, 130, 125, 130, 130, 130, 130])).toEqual(repeat([], 8));
      expect(rulesAfterBaseline([130, 130, 130, 126, 130, 130, 130, 130])).toEqual(repeat(['shift'], 8));
    });

    it('trend: 6 rising do not fire, 7 rising across the mean do, and a tie breaks the run', () => {
      expect(rulesAfterBaseline([70, 90, 110, 130, 150, 170])).toEqual(repeat([], 6));
      expect(rulesAfterBaseline([70, 90, 110, 130, 150, 170, 190])).toEqual(repeat(['trend'], 7));
      expect(rulesAfterBaseline([70, 90, 110, 110, 130, 150, 170, 190])).toEqual(repeat([], 8));
    });

    it('trend: 6 falling do not fire, 7 falling do', () => {
      expect(rulesAfterBaseline([180, 160, 140, 120, 100, 80])).toEqual(repeat([], 6));
      expect(rulesAfterBaseline([180, 160, 140, 120, 100, 80, 60])).toEqual(repeat(['trend'], 7));
    });

    it('twoOfThree: two of three in the band on one side fire and flag only those two', () => {
      expect(rulesAfterBaseline([220, 130, 220])).toEqual([['twoOfThree'], [], ['twoOfThree']]);
    });

    it('twoOfThree: not when the third is on the other side of the mean, nor for one of three', () => {
      expect(rulesAfterBaseline([220, 120, 220])).toEqual([[], [], []]);
      expect(rulesAfterBaseline([220, 130, 130])).toEqual([[], [], []]);
    });

    it('twoOfThree: a point outside the limits does not count towards the two', () => {
      expect(rulesAfterBaseline([300, 220, 130])).toEqual([['outside'], [], []]);
    });

    it("twoOfThree: NHSRplotthedots' case of two points near opposite limits is common cause", () => {
      // 1, −1 alternating, with the last two set to 5.5 and −5.5: mean 0; ranges thirteen of 2, 6.5 and 11, AMR 2.9;
      // 11 ≥ 3.267 × 2.9 = 9.47 is screened out, AMR 32.5 / 14 = 2.3214, limits ±6.175, two-thirds lines ±4.117.
      const values = [...[1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1], 5.5, -5.5];
      const result = xmr(monthly(values));
      expect(result.periods[0].averageMovingRange).toBeCloseTo(32.5 / 14, 12);
      expect(result.points.slice(-2).map((point) => point.variation)).toEqual(['common', 'common']);
    });
  });

  describe('variation against the improvement direction', () => {
    it.each([
      ['increase', 'improvement', 'concern'],
      ['decrease', 'concern', 'improvement'],
      ['neither', 'neitherHigh', 'neitherLow'],
    ] as const)('with %s: a high point is %s, a low one %s, an unflagged one common', (improvement, high, low) => {
      expect(afterBaseline([300], { improvement }).points[12].variation).toBe(high);
      expect(afterBaseline([-50], { improvement }).points[12].variation).toBe(low);
      expect(afterBaseline([130], { improvement }).points[12].variation).toBe('common');
    });

    it("classes a trend by the way it runs, not its side of the mean (NHSRplotthedots' precedence)", () => {
      const risingBelowTheMean = afterBaseline([60, 70, 80, 90, 110], { trendLength: 5 }).points.slice(12);
      expect(risingBelowTheMean.map((point) => point.rules)).toEqual(repeat(['trend'], 5));
      expect(risingBelowTheMean.map((point) => point.variation)).toEqual(repeat('improvement', 5));
    });

    it('maps directions to variations', () => {
      expect(variationOf(null, 'decrease')).toBe('common');
      expect(variationOf('low', 'decrease')).toBe('improvement');
      expect(variationOf('high', 'neither')).toBe('neitherHigh');
    });
  });

  describe('rebase', () => {
    // Baseline, then 300, 310 six times: mean 305, AMR 10, limits 305 ± 26.6 = 278.4 and 331.6.
    const values = [...BASELINE, ...[300, 310, 300, 310, 300, 310, 300, 310, 300, 310, 300, 310]];

    it('gives each period its own mean and limits, and the first point of a period no moving range', () => {
      const result = xmr(monthly(values), { rebase: ['2024-01-01'] });
      expect(result.periods).toHaveLength(2);
      expect(result.periods[0]).toMatchObject({ from: '2023-01-01', to: '2023-12-01', mean: 125, pointCount: 12 });
      expect(result.periods[0].averageMovingRange).toBe(50);
      expect(result.periods[1]).toMatchObject({ from: '2024-01-01', to: '2024-12-01', mean: 305, pointCount: 12 });
      expect(result.periods[1].averageMovingRange).toBe(10);
      expect(result.periods[1].lowerLimit).toBeCloseTo(278.4, 10);
      expect(result.periods[1].upperLimit).toBeCloseTo(331.6, 10);
      const aroundTheRebase = result.points.slice(11, 14).map((point) => [point.movingRange, point.mean]);
      expect(aroundTheRebase).toEqual([
        [50, 125],
        [null, 305],
        [10, 305],
      ]);
    });

    it('starts a period at the first point on or after a rebase date, ignoring dates outside the series', () => {
      const result = xmr(monthly(values), { rebase: ['2023-12-15', '2020-01-01', '2023-12-20', '2030-01-01'] });
      expect(result.periods.map((period) => period.from)).toEqual(['2023-01-01', '2024-01-01']);
      expect(xmr(monthly(values)).periods).toHaveLength(1);
    });

    it('does not let a run continue across a rebase', () => {
      const rising = [150, 100, 150, 100, 150, 100, 150, 100, 101, 102, 103, 104, 105, 106, 107, 108];
      const series = monthly([...rising, 150, 100, 150, 100, 150, 100, 150, 100]);
      expect(indicesWith(xmr(series), 'trend')).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
      expect(indicesWith(xmr(series, { rebase: ['2024-01-01'] }), 'trend')).toEqual([]);
    });
  });

  describe('fixAfterPoints', () => {
    it('takes the mean and limits from the first points only', () => {
      // Fixed: the baseline's 125, 50, −8..258, so every 400 is outside (and a shift).
      // Not fixed: mean 6300 / 24 = 262.5; ranges eleven of 50, 300, eleven of 0: AMR 850 / 23 = 36.96 screens out
      // 300 (≥ 120.7), AMR 550 / 22 = 25, limits 262.5 ± 66.5 = 196 and 329.
      const values = [...BASELINE, ...repeat(400, 12)];
      const fixed = xmr(monthly(values), { fixAfterPoints: 12 });
      expect(fixed.periods[0]).toMatchObject({ mean: 125, averageMovingRange: 50, lowerLimit: -8, upperLimit: 258 });
      expect(fixed.points[12]).toMatchObject({
        movingRange: 300,
        rules: ['outside', 'shift'],
        variation: 'improvement',
      });
      const notFixed = xmr(monthly(values)).periods[0];
      expect(notFixed).toMatchObject({ mean: 262.5, averageMovingRange: 25 });
      expect(notFixed.lowerLimit).toBeCloseTo(196, 10);
      expect(notFixed.upperLimit).toBeCloseTo(329, 10);
    });
  });

  describe('minimumPoints', () => {
    it('gives a period of 11 points no limits, a reason, and no flags', () => {
      const result = xmr(monthly([...BASELINE.slice(0, 10), 1000]));
      expect(result.periods[0]).toEqual({
        from: '2023-01-01',
        to: '2023-11-01',
        mean: null,
        lowerLimit: null,
        upperLimit: null,
        averageMovingRange: null,
        pointCount: 11,
        reason: 'Limits need at least 12 points; this period has 11',
      });
      expect(result.points[10]).toEqual({
        date: '2023-11-01',
        value: 1000,
        mean: null,
        lowerLimit: null,
        upperLimit: null,
        movingRange: 900,
        rules: [],
        variation: 'common',
      });
    });

    it('gives a period of 12 points limits, and follows minimumPoints', () => {
      expect(xmr(monthly(BASELINE)).periods[0].reason).toBeNull();
      const fivePoints = xmr(monthly([1, 3, 1, 3, 1]), { minimumPoints: 5 }).periods[0];
      expect(fivePoints).toMatchObject({ mean: 1.8, averageMovingRange: 2 });
    });

    it('judges each period separately', () => {
      const result = xmr(monthly([...BASELINE, 300, 310, 300]), { rebase: ['2024-01-01'], target: 0 });
      expect(result.periods.map((period) => period.reason)).toEqual([
        null,
        'Limits need at least 12 points; this period has 3',
      ]);
      expect(result.assurance).toBeUndefined();
    });
  });

  describe('assurance against the latest limits (−8 and 258 for the baseline)', () => {
    it.each([
      ['increase', -9, 'pass'],
      ['increase', -8, 'inconsistent'],
      ['increase', 125, 'inconsistent'],
      ['increase', 258, 'inconsistent'],
      ['increase', 259, 'fail'],
      ['decrease', 259, 'pass'],
      ['decrease', 258, 'inconsistent'],
      ['decrease', -8, 'inconsistent'],
      ['decrease', -9, 'fail'],
    ] as const)('with %s and target %d is %s', (improvement, target, assurance) => {
      expect(xmr(monthly(BASELINE), { improvement, target }).assurance).toBe(assurance);
    });

    it('is absent with no target or no improvement direction', () => {
      expect('assurance' in xmr(monthly(BASELINE))).toBe(false);
      expect(xmr(monthly(BASELINE), { improvement: 'neither', target: 500 }).assurance).toBeUndefined();
    });

    it('uses the latest period after a rebase', () => {
      // Latest limits 278.4..331.6: 270 is below them (pass); against the first period's −8..258 it would fail.
      const values = [...BASELINE, ...[300, 310, 300, 310, 300, 310, 300, 310, 300, 310, 300, 310]];
      expect(xmr(monthly(values), { rebase: ['2024-01-01'], target: 270 }).assurance).toBe('pass');
      expect(xmr(monthly(BASELINE), { target: 270 }).assurance).toBe('fail');
    });
  });

  describe('input', () => {
    it('sorts points by date without changing the caller’s array', () => {
      const points = [
        { date: '2023-03-01', value: 3 },
        { date: '2023-01-01', value: 1 },
        { date: '2023-02-01', value: 2 },
      ];
      const result = xmr(points, { minimumPoints: 2 });
      expect(result.points.map((point) => point.date)).toEqual(['2023-01-01', '2023-02-01', '2023-03-01']);
      expect(points[0].date).toBe('2023-03-01');
    });

    it('charts no points as no periods', () => {
      expect(xmr([], { target: 1 })).toEqual({ improvement: 'increase', periods: [], points: [] });
    });

    it.each([
      [
        'Date 2023-03-01 appears more than once; each date needs exactly one value',
        [
          { date: '2023-03-01', value: 1 },
          { date: '2023-03-01', value: 2 },
        ],
      ],
      ['Value NaN on 2023-02-01 is not a finite number', [{ date: '2023-02-01', value: NaN }]],
      ['Value Infinity on 2023-02-01 is not a finite number', [{ date: '2023-02-01', value: Infinity }]],
      ['Value 7 on 2023-02-01 is not a finite number', [{ date: '2023-02-01', value: '7' as unknown as number }]],
      ['Date "2023-02-30" is not an ISO date (yyyy-mm-dd)', [{ date: '2023-02-30', value: 1 }]],
      ['Date "1/3/2023" is not an ISO date (yyyy-mm-dd)', [{ date: '1/3/2023', value: 1 }]],
    ])('rejects a bad point: %s', (message, points) => {
      expect(() => xmr(points)).toThrow(message);
    });

    it.each([
      ['Rebase date "2023-13-01" is not an ISO date (yyyy-mm-dd)', { rebase: ['2023-13-01'] }],
      ['shiftLength must be a whole number of at least 2; got 1', { shiftLength: 1 }],
      ['trendLength must be a whole number of at least 2; got 6.5', { trendLength: 6.5 }],
      ['minimumPoints must be a whole number of at least 2; got 0', { minimumPoints: 0 }],
      ['fixAfterPoints must be a whole number of at least 12; got 11', { fixAfterPoints: 11 }],
      ['target must be a finite number; got NaN', { target: NaN }],
      [`improvement must be 'increase', 'decrease' or 'neither'; got "up"`, { improvement: 'up' as 'increase' }],
    ])('rejects a bad option: %s', (message, options) => {
      expect(() => xmr(monthly(BASELINE), options)).toThrow(message);
    });

    it('treats an option set to undefined as unset', () => {
      expect(xmr(monthly(BASELINE), { shiftLength: undefined, improvement: undefined }).improvement).toBe('increase');
    });
  });
});
