import { BEFORE_ENDING_HIGH, BEFORE_ENDING_LOW, LOWER_LIMIT, monthly, SECOND_HALF_2025, UPPER_LIMIT } from '../testing/monthly-series.fixture';
import { EVIDENCE_READING_HELP, readEvidence, type EvidenceSeries } from './evidence-reading';

/** An inclusion-like figure (higher is better) over January to December 2025, read for a claim about July to December. */
const figure = (values: number[], overrides: Partial<EvidenceSeries> = {}): EvidenceSeries => ({
  series: monthly('2025-01', values),
  improvement: 'increase',
  period: SECOND_HALF_2025,
  ...overrides,
});

describe('readEvidence', () => {
  it('compares the claim’s period with the six months before, fixing the limits on them', () => {
    // July to November sit on the mean (11), December at 17 is above the upper limit 16.32: one signal, higher.
    const reading = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 17]));
    expect(reading).toMatchObject({
      agrees: true,
      signal: true,
      periodBefore: { from: '2025-01-01', to: '2025-06-30' },
      pointsBefore: 6,
      pointsDuring: 6,
      meanBefore: 11,
      // (5 × 11 + 17) ÷ 6 = 72 ÷ 6 = 12
      meanDuring: 12,
      expected: 'higher',
      movement: 'higher',
      signalDates: ['2025-12-01'],
      rules: ['outside'],
    });
    expect(reading.lowerLimit).toBe(LOWER_LIMIT);
    expect(reading.upperLimit).toBe(UPPER_LIMIT);
    expect(reading.reason).toBe('Signal: higher than the period before’s mean 11, limits 5.68 to 16.3 (outside the limits, from 2025-12-01), the way the claim says.');
  });

  it('counts a value exactly on a limit as noise, and one just beyond it as a signal', () => {
    // On the limit: not outside, and the one value in the band beyond 14.5467 has no two neighbours on its side
    // (July to November sit exactly on the mean, which is neither side). Mean (55 + 16.32) ÷ 6 ≈ 11.887: higher, noise.
    const onLimit = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, UPPER_LIMIT]));
    expect(onLimit).toMatchObject({ signal: false, agrees: true, movement: 'higher', signalDates: [] });
    expect(onLimit.reason).toBe('Noise: the claim’s period averages 11.9 against 11 before, with no special cause against the period before’s mean 11, limits 5.68 to 16.3. It moved the way the claim says, by no more than chance.');
    const beyond = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, UPPER_LIMIT + 0.01]));
    expect(beyond).toMatchObject({ signal: true, agrees: true, rules: ['outside'] });
  });

  it('reads a run of 7 above the mean that starts in the period before as a signal, and a run of 6 as noise', () => {
    // June (12) and July to December (11.5, above 11, inside the band 14.5467) make 7 in a row above the mean.
    const seven = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5]));
    expect(seven).toMatchObject({ signal: true, agrees: true, rules: ['shift'], movement: 'higher' });
    expect(seven.signalDates).toEqual(['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01']);
    // With June at 10, below the mean, the run above it is July to December only: 6, one short.
    const six = readEvidence('improved', figure([...BEFORE_ENDING_LOW, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5]));
    expect(six).toMatchObject({ signal: false, agrees: true, movement: 'higher' });
  });

  it('reads two of three values beyond two-thirds of the way to a limit as a signal, and one of three as noise', () => {
    // October 15, November 12, December 15: three above the mean, two beyond 14.5467 (and inside 16.32).
    const two = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 15, 12, 15]));
    expect(two).toMatchObject({ signal: true, rules: ['twoOfThree'], signalDates: ['2025-10-01', '2025-12-01'] });
    // December at 14.5 is short of the band: only October is in it.
    expect(readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 15, 12, 14.5]))).toMatchObject({ signal: false });
  });

  it('reads a value below the lower limit as a signal against a claim of improvement', () => {
    const below = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 5]));
    expect(below).toMatchObject({ signal: true, agrees: false, movement: 'lower' });
    expect(below.reason).toMatch(/^Signal: lower than .* against the claim\.$/);
    // Exactly on the lower limit (5.68) is noise: (55 + 5.68) ÷ 6 ≈ 10.11, lower than 11, so it does not agree.
    expect(readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, LOWER_LIMIT]))).toMatchObject({ signal: false, agrees: false, movement: 'lower' });
  });

  it('lets the latest signal decide when signals point both ways', () => {
    // August 17 is above the upper limit, December 5 below the lower one: the period ended lower.
    const reading = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 17, 11, 11, 11, 5]));
    expect(reading).toMatchObject({ signal: true, agrees: false, movement: 'lower', signalDates: ['2025-08-01', '2025-12-01'] });
  });

  it('calls a figure that did not move noise that does not agree', () => {
    const reading = readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 11]));
    expect(reading).toMatchObject({ signal: false, agrees: false, movement: 'same', meanDuring: 11 });
    expect(reading.reason).toMatch(/It did not move\.$/);
  });

  it('needs 6 values in the period before and 3 in the claim’s period', () => {
    // January missing: 5 values before.
    const fiveBefore = figure([]);
    fiveBefore.series = monthly('2025-02', [12, 10, 12, 10, 12, 11, 11, 11, 11, 11, 17]);
    expect(readEvidence('improved', fiveBefore)).toMatchObject({ agrees: null, signal: false, pointsBefore: 5 });
    expect(readEvidence('improved', fiveBefore).reason).toBe('Not enough evidence: 5 values in the period before (2025-01-01 to 2025-06-30); at least 6 are needed.');
    // Six before and only July and August: 2 in the claim’s period; with September, 3, and September’s 17 is a signal.
    expect(readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11]))).toMatchObject({ agrees: null, pointsDuring: 2 });
    expect(readEvidence('improved', figure([...BEFORE_ENDING_HIGH, 11, 11, 17]))).toMatchObject({ agrees: true, signal: true, pointsDuring: 3 });
  });

  it('does not judge a figure with any value withheld to protect a small group', () => {
    const values = [...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 17];
    expect(readEvidence('improved', figure(values, { suppressedPoints: 0 }))).toMatchObject({ agrees: true, signal: true });
    const suppressed = readEvidence('improved', figure(values, { suppressedPoints: 1 }));
    expect(suppressed).toMatchObject({ agrees: null, signal: false, movement: null, lowerLimit: null });
    expect(suppressed.reason).toBe('Not enough evidence: 1 value was withheld to protect a small group, so the rest could mislead.');
    expect(() => readEvidence('improved', figure(values, { suppressedPoints: -1 }))).toThrow(/suppressedPoints/);
  });

  it('reads better and worse by the figure’s improvement, high and low by its numbers', () => {
    // A figure where lower is better (decisions taken outside the forum), falling below its lower limit in December.
    const falling = figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 5], { improvement: 'decrease' });
    expect(['improved', 'fair', 'low', 'declined', 'unfair', 'high'].map((d) => readEvidence(d as 'improved', falling).agrees)).toEqual([true, true, true, false, false, false]);
  });

  it('cannot say whether a figure with no better way got better, but can say it got higher', () => {
    const rising = figure([...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 17], { improvement: 'neither' });
    expect(readEvidence('improved', rising)).toMatchObject({ agrees: null, expected: null });
    expect(readEvidence('improved', rising).reason).toMatch(/neither way is better/);
    expect(readEvidence('high', rising)).toMatchObject({ agrees: true, signal: true });
  });

  it('ignores values outside the two periods and takes them in date order', () => {
    const values = monthly('2025-01', [...BEFORE_ENDING_HIGH, 11, 11, 11, 11, 11, 17]);
    const noisy = [...monthly('2024-12', [1000]), ...monthly('2026-01', [-1000]), ...[...values].reverse()];
    expect(readEvidence('improved', figure([], { series: noisy }))).toEqual(readEvidence('improved', figure([], { series: values })));
  });
});

describe('EVIDENCE_READING_HELP', () => {
  it('states the minimum counts and the run lengths the reading uses', () => {
    expect(EVIDENCE_READING_HELP.enoughPoints).toMatch(/at least 6 values in the period before and 3 in the claim’s period/);
    expect(EVIDENCE_READING_HELP.signal).toMatch(/7 or more in a row on one side/);
  });
});
