import {
  chartDescription,
  chartPoints,
  formatRange,
  formatScore,
  latestJudgedPoint,
  nothingToShow,
  pointDetails,
  scoreTableRows,
} from './score-format';
import { scorePoint, scoreRebase, scoreSeries } from './score-fixtures';

const reason = 'Fewer than 5 responses: hidden to protect respondents';

const point = scorePoint;

const hidden = (month: string) =>
  point(month, {
    suppressed: true,
    suppressionReason: reason,
    n: null,
    mean: null,
    standardDeviation: null,
    confidenceLower: null,
    confidenceUpper: null,
    distribution: null,
    movingRange: null,
    processMean: null,
    lowerLimit: null,
    upperLimit: null,
  });

const series = scoreSeries;

describe('score formatting', () => {
  it('writes scores to two places and ranges with "to"', () => {
    expect(formatScore(3.4167)).toBe('3.42');
    expect(formatScore(null)).toBe('');
    expect(formatRange(2.9, 3.926)).toBe('2.90 to 3.93');
    expect(formatRange(null, 3)).toBe('Not available');
  });

  it('plots the mean, with a gap that says why for a hidden month', () => {
    expect(chartPoints(series([point('2026-09'), hidden('2026-10')]))).toEqual([
      { month: '2026-09', value: 3.4167, gapReason: null, processMean: 3.3, lowerLimit: 2.75, upperLimit: 3.85, variation: 'common' },
      {
        month: '2026-10',
        value: null,
        gapReason: `October 2026 not shown: ${reason}`,
        processMean: null,
        lowerLimit: null,
        upperLimit: null,
        variation: 'common',
      },
    ]);
  });

  it('says a month with no responses has none', () => {
    expect(chartPoints(series([point('2026-11', { n: 0, mean: null })]))[0]).toMatchObject({ value: null, gapReason: 'November 2026: no responses' });
  });
});

describe('pointDetails', () => {
  it('gives month, mean, 95% CI, n, variation and the rules that flagged it', () => {
    expect(pointDetails(point('2026-10', { variation: 'improvement', rules: ['shift', 'outside'] }))).toEqual({
      heading: 'October 2026',
      lines: [
        'Mean 3.42',
        '95% CI 2.90 to 3.93',
        'n 12',
        'Special cause improvement (high)',
        'Rules: 7 or more in a row on one side of the mean; Outside the process limits',
      ],
    });
  });

  it('says why a month is hidden', () => {
    expect(pointDetails(hidden('2026-03'))).toEqual({ heading: 'March 2026', lines: [`Not shown: ${reason}`] });
  });

  it('says a rebase starts a new period at its month, and why', () => {
    expect(pointDetails(point('2026-10'), 'Outcomes framework agreed').lines.at(-1)).toBe('Rebase: a new period starts here. Outcomes framework agreed');
    expect(pointDetails(hidden('2026-03'), 'Service redesign').lines).toEqual([`Not shown: ${reason}`, 'Rebase: a new period starts here. Service redesign']);
  });
});

describe('scoreTableRows', () => {
  it('has a row per month; a hidden month says why and shows no figures', () => {
    const rows = scoreTableRows(series([point('2026-09', { variation: 'concern', rules: ['trend'] }), hidden('2026-10')]));
    expect(rows[0]).toEqual({
      month: 'September 2026',
      rebase: null,
      hiddenBecause: null,
      n: '12',
      mean: '3.42',
      confidenceInterval: '2.90 to 3.93',
      processMean: '3.30',
      limits: '2.75 to 3.85',
      rules: '7 or more in a row rising or falling',
      variation: 'Special cause concern (low)',
    });
    expect(rows[1]).toMatchObject({ month: 'October 2026', hiddenBecause: reason, n: '', mean: '', limits: 'None yet' });
  });

  it("gives a rebase's reason at its month", () => {
    const rows = scoreTableRows(series([point('2026-09'), point('2026-10')], { rebases: [scoreRebase('2026-10')] }));
    expect(rows.map((row) => row.rebase)).toEqual([null, 'Outcomes framework agreed']);
  });
});

describe('chartDescription', () => {
  it('summarises the period, hidden months, the latest figure, the limits and the variation', () => {
    const text = chartDescription(series([point('2026-08'), hidden('2026-09'), point('2026-10', { mean: 3.1, n: 8 })]));
    expect(text).toBe(
      'Monthly mean score on a scale of 1 to 5, August 2026 to October 2026. 1 of 3 months not shown because too few people responded. ' +
        'Latest shown: 3.10 in October 2026 (n 8). Process mean 3.30, process limits 2.75 to 3.85. October 2026: Common cause variation.',
    );
  });

  it('names each rebase and its reason', () => {
    const text = chartDescription(series([point('2026-09'), point('2026-10')], { rebases: [scoreRebase('2026-10')] }));
    expect(text).toContain('Rebased from October 2026, with new limits from then: Outcomes framework agreed.');
  });

  it('says why there are no limits', () => {
    const text = chartDescription(
      series([point('2026-10', { processMean: null, lowerLimit: null, upperLimit: null })], {
        latestVariation: null,
        limitsNote: 'A period needs at least 12 values to have limits',
      }),
    );
    expect(text).toMatch(/No process limits: A period needs at least 12 values to have limits\.$/);
  });

  it('judges the latest month shown when the very latest is hidden', () => {
    const judged = series([point('2026-09', { variation: 'concern' }), hidden('2026-10')], { latestVariation: null });
    expect(latestJudgedPoint(judged)?.month).toBe('2026-09');
    expect(chartDescription(judged)).toMatch(/September 2026: Special cause concern \(low\)\.$/);
    expect(latestJudgedPoint(series([point('2026-10', { processMean: null })], { latestVariation: null }))).toBeUndefined();
  });

  it('knows when nothing can be shown at all', () => {
    expect(nothingToShow([series([hidden('2026-10')], { latestVariation: null })])).toBe(true);
    expect(nothingToShow([series([hidden('2026-09'), point('2026-10')])])).toBe(false);
    expect(chartDescription(series([hidden('2026-10')]))).toMatch(/No month has enough responses to show\.$/);
  });
});
