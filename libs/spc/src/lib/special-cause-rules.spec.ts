import type { ProcessLimits } from './process-limits';
import { type RunLengths, type SpcRule, specialCauses } from './special-cause-rules';

// Round limits keep the boundaries exact: the rules take the limits as given, whatever factor made them.
const LIMITS: ProcessLimits = {
  mean: 0,
  averageMovingRange: 10,
  lowerLimit: -30,
  upperLimit: 30,
  nearLowerLimit: -20,
  nearUpperLimit: 20,
};
const SEVENS: RunLengths = { shiftLength: 7, trendLength: 7 };

function flaggedBy(rule: SpcRule, values: number[], lengths: RunLengths = SEVENS): number[] {
  return specialCauses(values, LIMITS, lengths).flatMap((cause, i) => (cause.rules.includes(rule) ? [i] : []));
}

function directions(values: number[], lengths: RunLengths = SEVENS) {
  return specialCauses(values, LIMITS, lengths).map((cause) => cause.direction);
}

const repeat = <T>(value: T, times: number): T[] => new Array<T>(times).fill(value);

describe('specialCauses', () => {
  it('flags nothing in a quiet series', () => {
    expect(specialCauses([5, -5, 5, -5, 5], LIMITS, SEVENS)).toEqual(repeat({ rules: [], direction: null }, 5));
  });

  describe('outside', () => {
    it('fires strictly beyond a limit, not on it', () => {
      expect(flaggedBy('outside', [30, -30, 30.5, -30.5, 29.9])).toEqual([2, 3]);
      expect(directions([30.5, -30.5])).toEqual(['high', 'low']);
    });
  });

  describe('shift', () => {
    it('needs 7 in a row on one side: 6 do not fire, 7 fire and are all flagged', () => {
      expect(flaggedBy('shift', repeat(5, 6))).toEqual([]);
      expect(flaggedBy('shift', [-5, ...repeat(5, 7), -5])).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(flaggedBy('shift', repeat(-5, 8))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it('follows shiftLength', () => {
      expect(flaggedBy('shift', repeat(5, 6), { shiftLength: 6, trendLength: 7 })).toEqual([0, 1, 2, 3, 4, 5]);
      expect(flaggedBy('shift', repeat(5, 5), { shiftLength: 6, trendLength: 7 })).toEqual([]);
    });

    it('is broken by a point exactly on the mean', () => {
      expect(flaggedBy('shift', [5, 5, 5, 0, 5, 5, 5, 5])).toEqual([]);
      expect(flaggedBy('shift', [5, 5, 5, 0.1, 5, 5, 5, 5])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it("matches NHSRplotthedots' ptd_seven_point_one_side_mean cases", () => {
      expect(flaggedBy('shift', [])).toEqual([]);
      expect(flaggedBy('shift', [...repeat(5, 6), -5])).toEqual([]);
      expect(flaggedBy('shift', [...repeat(5, 8), -5])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(flaggedBy('shift', [...repeat(-5, 8), 5])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it('points to its side of the mean', () => {
      expect(directions(repeat(-5, 7))).toEqual(repeat('low', 7));
    });
  });

  describe('trend', () => {
    it('needs 7 rising points in a row: 6 do not fire', () => {
      expect(flaggedBy('trend', [9, -3, -2, -1, 1, 2, 3, -9])).toEqual([]);
      expect(flaggedBy('trend', [9, -3, -2, -1, 0, 1, 2, 3, -9])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('needs 7 falling points in a row: 6 do not fire', () => {
      expect(flaggedBy('trend', [-9, 3, 2, 1, -1, -2, -3, 9])).toEqual([]);
      expect(flaggedBy('trend', [-9, 3, 2, 1, 0, -1, -2, -3, 9])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('follows trendLength', () => {
      expect(flaggedBy('trend', [-3, -2, -1, 1, 2, 3], { shiftLength: 7, trendLength: 6 })).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('is broken by a tie', () => {
      expect(flaggedBy('trend', [-3, -2, -1, -1, 0, 1, 2, 3])).toEqual([]);
    });

    it("matches NHSRplotthedots' ptd_seven_point_trend cases", () => {
      const oneToSeven = [1, 2, 3, 4, 5, 6, 7];
      expect(flaggedBy('trend', [1, 2, 3, 4, 5, 6])).toEqual([]);
      expect(flaggedBy('trend', [1, 2, 3, 3, 4, 5, 6])).toEqual([]);
      expect(flaggedBy('trend', oneToSeven)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(flaggedBy('trend', [2, ...oneToSeven, 3])).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(flaggedBy('trend', [...oneToSeven].reverse())).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(flaggedBy('trend', [2, ...[...oneToSeven].reverse(), 3])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('points the way it runs, even on the other side of the mean or on it', () => {
      // Rising from -13 to -7: all below the mean (a shift too), yet the trend decides, as in NHSRplotthedots.
      expect(directions([-13, -12, -11, -10, -9, -8, -7])).toEqual(repeat('high', 7));
      const throughTheMean = specialCauses([-3, -2, -1, 0, 1, 2, 3], LIMITS, SEVENS);
      expect(throughTheMean[3]).toEqual({ rules: ['trend'], direction: 'high' });
    });

    it('gives a peak shared by a rise and a fall to the later trend', () => {
      const peak = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
      expect(flaggedBy('trend', peak)).toHaveLength(13);
      expect(directions(peak)).toEqual([...repeat('high', 6), ...repeat('low', 7)]);
    });

    it('lets a point outside the limits point to its own side', () => {
      const fallingFromAbove = [35, 10, 5, 0, -5, -10, -15];
      expect(specialCauses(fallingFromAbove, LIMITS, SEVENS)[0]).toEqual({
        rules: ['outside', 'trend'],
        direction: 'high',
      });
      expect(directions(fallingFromAbove).slice(1)).toEqual(repeat('low', 6));
    });
  });

  describe('twoOfThree', () => {
    it('fires on 2 of 3 in the band on one side, flagging only those two', () => {
      expect(flaggedBy('twoOfThree', [5, 25, 5, 25, 5])).toEqual([1, 3]);
      expect(flaggedBy('twoOfThree', [-25, -5, -25])).toEqual([0, 2]);
      expect(directions([-25, -5, -25])).toEqual(['low', null, 'low']);
      expect(flaggedBy('twoOfThree', [25, 25, 25])).toEqual([0, 1, 2]);
    });

    it('does not fire when the third point is on the other side of the mean, or on it', () => {
      expect(flaggedBy('twoOfThree', [25, -5, 25])).toEqual([]);
      expect(flaggedBy('twoOfThree', [25, 0, 25])).toEqual([]);
      expect(flaggedBy('twoOfThree', [-5, 25, 25])).toEqual([]);
    });

    it('does not fire on 1 of 3', () => {
      expect(flaggedBy('twoOfThree', [5, 25, 5, 5, 25, 5])).toEqual([]);
    });

    it('counts a point on the limit but not one on the two-thirds line', () => {
      expect(flaggedBy('twoOfThree', [30, 5, 30])).toEqual([0, 2]);
      expect(flaggedBy('outside', [30, 5, 30])).toEqual([]);
      expect(flaggedBy('twoOfThree', [20, 5, 25])).toEqual([]);
      expect(flaggedBy('twoOfThree', [20.5, 5, 25])).toEqual([0, 2]);
    });

    it('does not count a point outside the limits (NHSRplotthedots issue #153)', () => {
      expect(flaggedBy('twoOfThree', [31, 25, 5])).toEqual([]);
      expect(flaggedBy('outside', [31, 25, 5])).toEqual([0]);
    });

    it("matches NHSRplotthedots' ptd_two_in_three and ptd_part_of_two_in_three cases", () => {
      // 25 / -25 stand for "close to limits" above / below the mean, 5 / -5 for not close.
      expect(flaggedBy('twoOfThree', [25, 5, 25])).toEqual([0, 2]);
      expect(flaggedBy('twoOfThree', [5, 25, 25])).toEqual([1, 2]);
      expect(flaggedBy('twoOfThree', [25, 25, 5])).toEqual([0, 1]);
      expect(flaggedBy('twoOfThree', [5, 5, 25, 5, 25, 5, 5])).toEqual([2, 4]);
      expect(flaggedBy('twoOfThree', [5, 5, 25, 25, 5, 5, 5])).toEqual([2, 3]);
      expect(flaggedBy('twoOfThree', [25, 5, 5, 25])).toEqual([]);
      expect(flaggedBy('twoOfThree', [25, 5, 5, 25, 25])).toEqual([3, 4]);
      expect(flaggedBy('twoOfThree', [5, -25, 25])).toEqual([]);
      expect(flaggedBy('twoOfThree', [25, -25, 5])).toEqual([]);
      expect(flaggedBy('twoOfThree', [5, -5, 25, -5, 25, -5, 5])).toEqual([]);
      expect(flaggedBy('twoOfThree', [-5, 5, -25, 25, -5, 5, -5])).toEqual([]);
    });
  });

  it('lists every rule a point breaks, in a fixed order', () => {
    expect(specialCauses(repeat(25, 7), LIMITS, SEVENS)[0].rules).toEqual(['shift', 'twoOfThree']);
  });
});
