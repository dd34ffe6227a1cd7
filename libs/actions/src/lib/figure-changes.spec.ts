import type { SpcVariation } from '@stewardship/spc';
import { readFigure, whatChanged, type ReviewFigure, type ReviewPoint } from './figure-changes';

/** A charted month: value, its process mean and limits, and the month's variation. */
const charted = (month: string, value: number, mean: number, lower: number, upper: number, variation: SpcVariation = 'common'): ReviewPoint => ({
  month,
  value,
  processMean: mean,
  lowerLimit: lower,
  upperLimit: upper,
  rules: variation === 'common' ? [] : ['outside'],
  variation,
});
const uncharted = (month: string, value: number | null): ReviewPoint => ({ month, value, processMean: null, lowerLimit: null, upperLimit: null, rules: [], variation: 'common' });
const figure = (key: string, points: ReviewPoint[], area: ReviewFigure['area'] = 'PRACTICE'): ReviewFigure => ({ area, key, label: key, improvement: 'increase', points });

describe('readFigure: a month against the latest earlier month with a value', () => {
  // Mean 3.0, limits 2.5–3.5; August above, September to November below, November outside the lower limit.
  const sharingPower = figure('Sharing power', [
    charted('2026-08', 3.2, 3.0, 2.5, 3.5),
    charted('2026-09', 2.9, 3.0, 2.5, 3.5),
    charted('2026-10', 2.8, 3.0, 2.5, 3.5),
    charted('2026-11', 2.4, 3.0, 2.5, 3.5, 'concern'),
  ]);

  it('reads a fall outside the limits as a special cause concern, with the run below the mean, in one line', () => {
    const reading = readFigure(sharingPower, '2026-11');
    // 2.4 − 2.8 = −0.4; |−0.4| ÷ (3.5 − 2.5) = 0.4; September, October and November below 3.0: three months.
    expect(reading).toMatchObject({ value: 2.4, previousMonth: '2026-10', previousValue: 2.8, moved: true, reading: 'SPECIAL_CAUSE_CONCERN', signal: true, monthsOnSide: 3, side: 'below' });
    expect(reading.change).toBeCloseTo(-0.4, 10);
    expect(reading.changeInLimits).toBeCloseTo(0.4, 10);
    expect(reading.line).toBe('Sharing power: down 0.40 since October 2026 — special cause concern, third month below the mean');
  });

  it('labels a move within the limits as common-cause noise', () => {
    const reading = readFigure(sharingPower, '2026-10');
    expect(reading).toMatchObject({ reading: 'COMMON_CAUSE', signal: false, moved: true, monthsOnSide: 2 });
    expect(reading.line).toBe('Sharing power: down 0.10 since September 2026 — common cause: noise, not a change to act on, second month below the mean');
  });

  it('skips a month without a value to the one before it', () => {
    const gap = figure('Trust', [charted('2026-09', 3.1, 3.0, 2.5, 3.5), uncharted('2026-10', null), charted('2026-11', 3.4, 3.0, 2.5, 3.5)]);
    // 3.4 − 3.1 = 0.3; the hidden October neither breaks nor extends the run above the mean: two months.
    expect(readFigure(gap, '2026-11')).toMatchObject({ previousMonth: '2026-09', previousValue: 3.1, monthsOnSide: 2, side: 'above' });
    expect(readFigure(gap, '2026-11').line).toBe('Trust: up 0.30 since September 2026 — common cause: noise, not a change to act on, second month above the mean');
  });

  it('does not count a change that rounds to 0 at the figure’s decimals as a move', () => {
    const flat = figure('Flat', [charted('2026-10', 3.001, 3.0, 2.5, 3.5), charted('2026-11', 3.004, 3.0, 2.5, 3.5)]);
    expect(readFigure(flat, '2026-11')).toMatchObject({ moved: false, line: 'Flat: no change since October 2026 — common cause: noise, not a change to act on, second month above the mean' });
    expect(readFigure({ ...flat, decimals: 3 }, '2026-11').moved).toBe(true);
  });

  it('says when there is no earlier month, or no figure for the month', () => {
    const first = figure('New', [charted('2026-11', 3.25, 3.25, 3.25, 3.25)]);
    expect(readFigure(first, '2026-11')).toMatchObject({ moved: false, change: null, previousMonth: null, line: 'New: 3.25, no earlier month to compare' });
    const hidden = figure('Hidden', [charted('2026-10', 3, 3, 2, 4), uncharted('2026-11', null)]);
    expect(readFigure(hidden, '2026-11')).toMatchObject({ moved: false, value: null, reading: 'NOT_JUDGED', line: 'Hidden: no figure for November 2026' });
  });

  it('reads a figure without an SPC reading as not judged, compared with the month before only', () => {
    const density = figure('Density', [uncharted('2026-10', 0.2), uncharted('2026-11', 0.25)], 'NETWORK');
    expect(readFigure(density, '2026-11')).toMatchObject({ reading: 'NOT_JUDGED', signal: false, monthsOnSide: null, changeInLimits: null });
    expect(readFigure(density, '2026-11').line).toBe('Density: up 0.05 since October 2026 — no SPC reading: compared with the month before only');
  });
});

describe('whatChanged: every figure that moved, signals first, noise labelled', () => {
  const month = '2026-11';
  const figures = [
    // Common cause, change 0.3 in limits 1.0 wide: 0.3.
    figure('C noise big', [charted('2026-10', 3.0, 3.0, 2.5, 3.5), charted(month, 3.3, 3.0, 2.5, 3.5)]),
    // Common cause, change 0.1 in limits 0.2 wide: 0.5, so before the one above.
    figure('D noise small but wide', [charted('2026-10', 3.0, 3.0, 2.9, 3.1), charted(month, 3.1, 3.0, 2.9, 3.1)]),
    figure('E not judged', [uncharted('2026-10', 0.2), uncharted(month, 0.5)], 'NETWORK'),
    figure('B improvement', [charted('2026-10', 3.0, 3.0, 2.5, 3.5), charted(month, 3.6, 3.0, 2.5, 3.5, 'improvement')]),
    figure('A concern', [charted('2026-10', 3.0, 3.0, 2.5, 3.5), charted(month, 2.4, 3.0, 2.5, 3.5, 'concern')], 'POWER'),
    figure('F unmoved', [charted('2026-10', 3.0, 3.0, 2.5, 3.5), charted(month, 3.0, 3.0, 2.5, 3.5)]),
  ];

  it('lists special-cause concern, then improvement, then noise by size against its limits, then the unjudged; unmoved figures left out', () => {
    const changes = whatChanged(figures, month);
    expect(changes.map((c) => [c.label, c.reading])).toEqual([
      ['A concern', 'SPECIAL_CAUSE_CONCERN'],
      ['B improvement', 'SPECIAL_CAUSE_IMPROVEMENT'],
      ['D noise small but wide', 'COMMON_CAUSE'],
      ['C noise big', 'COMMON_CAUSE'],
      ['E not judged', 'NOT_JUDGED'],
    ]);
    expect(changes.filter((c) => c.reading === 'COMMON_CAUSE').every((c) => c.line.includes('noise'))).toBe(true);
  });

  it('returns nothing when nothing moved', () => {
    expect(whatChanged([figures[5]], month)).toEqual([]);
  });
});
