import { scorePoint, scoreRebase, scoreSeries } from './score-fixtures';
import { chartRebases, periodStarts, rebaseAt, rebaseAuthorship, rebaseLabel, suggestionMonths } from './score-rebases';

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
const series = scoreSeries(months.map((month) => scorePoint(month)), { rebases: [scoreRebase('2026-02'), scoreRebase('2026-04', { reason: 'Service redesign' })] });

describe('score rebases', () => {
  it('labels each rebase line with its month and reason', () => {
    expect(rebaseLabel({ month: '2026-02', reason: 'Outcomes framework agreed' })).toBe('Rebase from February 2026: Outcomes framework agreed');
    expect(chartRebases(series)).toEqual([
      { month: '2026-02', label: 'Rebase from February 2026: Outcomes framework agreed' },
      { month: '2026-04', label: 'Rebase from April 2026: Service redesign' },
    ]);
    expect(rebaseAt(series, '2026-04')?.reason).toBe('Service redesign');
    expect(rebaseAt(series, '2026-03')).toBeUndefined();
  });

  it('puts each month in the period of the latest rebase at or before it', () => {
    expect(periodStarts(series)).toEqual(['2026-01', '2026-02', '2026-02', '2026-04', '2026-04']);
    expect(periodStarts(scoreSeries(months.map((month) => scorePoint(month))))).toEqual(months.map(() => '2026-01'));
  });

  it('names the months of a suggested shift and who set a rebase', () => {
    expect(suggestionMonths({ from: '2026-01', months: ['2026-01', '2026-02', '2026-07'], direction: 'up', reason: '' })).toBe('January 2026 to July 2026');
    expect(rebaseAuthorship(scoreRebase('2026-02'))).toBe('Set by Lee Leader on 5 November 2026');
    expect(rebaseAuthorship(scoreRebase('2026-02', { createdBy: null }))).toMatch(/^Set by a user who has since been removed/);
  });
});
