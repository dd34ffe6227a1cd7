import { fittedYDomain, sharedYDomain } from './y-domain';

const SCORES = [1, 5] as const;

describe('fittedYDomain', () => {
  it('fits a practice’s history with padding and round ends, not the whole 1 to 5 scale', () => {
    // 3.0 to 3.6, padded by 0.06 each side (2.94 to 3.66), rounded out to tenths.
    expect(fittedYDomain([3.1, 3.0, 3.6, 3.25], { bounds: SCORES })).toEqual([2.9, 3.7]);
  });

  it('includes the means and limits it is given, and ignores gaps', () => {
    // 2.47 to 4.03, rounded out to fifths.
    expect(fittedYDomain([3.2, null, undefined, 3.3, 2.6, 3.9], { bounds: SCORES })).toEqual([2.4, 4.2]);
  });

  it('stays within the scale when limits reach beyond it', () => {
    expect(fittedYDomain([4.6, 4.9, 5.6, 3.9], { bounds: SCORES })).toEqual([3.7, 5]);
    expect(fittedYDomain([0.2, 1.4, 2], { bounds: SCORES })).toEqual([1, 2.2]);
  });

  it('gives a flat series the minimum span, kept inside the scale at its edge', () => {
    expect(fittedYDomain([3, 3, 3], { bounds: SCORES })).toEqual([2.75, 3.25]);
    expect(fittedYDomain([5, 5], { bounds: SCORES })).toEqual([4.5, 5]);
    expect(fittedYDomain([1], { bounds: SCORES, minimumSpan: 1 })).toEqual([1, 2]);
  });

  it('is never zero-height, with or without bounds', () => {
    for (const values of [[0], [42], [-3, -3], [1e6]]) {
      const [low, high] = fittedYDomain(values);
      expect(high - low).toBeGreaterThanOrEqual(0.5);
      expect(low).toBeLessThanOrEqual(values[0]);
      expect(high).toBeGreaterThanOrEqual(values[0]);
    }
  });

  it('uses the scale when there are no values', () => {
    expect(fittedYDomain([null, null], { bounds: SCORES })).toEqual([1, 5]);
    expect(fittedYDomain([])).toEqual([0, 1]);
  });
});

describe('sharedYDomain', () => {
  it('gives several charts one domain covering all of them', () => {
    const charts = [
      [3.0, 3.2],
      [3.9, 4.1],
      [null, 2.5],
    ];
    const shared = sharedYDomain(charts, { bounds: SCORES });
    expect(shared).toEqual(fittedYDomain(charts.flat(), { bounds: SCORES }));
    expect(shared[0]).toBeLessThanOrEqual(2.5);
    expect(shared[1]).toBeGreaterThanOrEqual(4.1);
  });
});
