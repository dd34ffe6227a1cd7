import { scorePoint, scoreSeries } from '../../scores/utils/score-fixtures';
import { latestMonthScores } from './place-scores';

describe('latestMonthScores', () => {
  it("reads each practice's latest month: mean to two places, n and the variation", () => {
    const series = [
      scoreSeries([scorePoint('2026-09'), scorePoint('2026-10', { mean: 3.4167, n: 12, variation: 'improvement' })]),
      scoreSeries([scorePoint('2026-09'), scorePoint('2026-10', { mean: 2.5, n: 8, processMean: null })], { practice: 'SHARED_PURPOSE', name: 'Shared purpose' }),
    ];
    expect(latestMonthScores(series)).toEqual({
      month: '2026-10',
      rows: [
        { practice: 'SHARING_POWER', name: 'Sharing power', mean: '3.42', n: '12', variation: 'Special cause improvement (high)', hiddenBecause: null },
        { practice: 'SHARED_PURPOSE', name: 'Shared purpose', mean: '2.50', n: '8', variation: 'Not enough months to judge', hiddenBecause: null },
      ],
    });
  });

  it('gives the reason for a hidden month instead of its figures', () => {
    const reason = 'Fewer than 5 responses: hidden to protect respondents';
    const [row] = latestMonthScores([scoreSeries([scorePoint('2026-10', { suppressed: true, suppressionReason: reason, mean: null, n: null })])]).rows;
    expect(row).toMatchObject({ mean: '', n: '', variation: '', hiddenBecause: reason });
  });

  it('has no month when there are no series', () => {
    expect(latestMonthScores([])).toEqual({ month: null, rows: [] });
  });
});
