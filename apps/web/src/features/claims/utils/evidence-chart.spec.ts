import type { ClaimEvidenceReadingFieldsFragment } from '../../../generated/graphql';
import { claimPeriodStart, evidenceChartPoints, evidenceTableRows } from './evidence-chart';

const reading: ClaimEvidenceReadingFieldsFragment = {
  agrees: false,
  expected: 'higher',
  movement: 'lower',
  meanBefore: 0.6,
  meanDuring: 0.4,
  lowerLimit: 0.5,
  upperLimit: 0.7,
  pointsBefore: 2,
  pointsDuring: 2,
  reason: 'A signal against the claim',
  signal: true,
  signalDates: ['2026-02-01'],
  suppressedPoints: 0,
  weighed: true,
  points: [
    { date: '2025-12-01', inClaimPeriod: false, value: 0.6 },
    { date: '2026-01-01', inClaimPeriod: true, value: 0.55 },
    { date: '2026-02-01', inClaimPeriod: true, value: 0.3 },
  ],
};

describe('evidence chart', () => {
  it('draws every value against the period before’s mean and limits, and marks a flagged value below the mean as a low signal', () => {
    const points = evidenceChartPoints(reading);
    expect(points.map((p) => [p.month, p.value, p.processMean, p.lowerLimit, p.upperLimit, p.variation])).toEqual([
      ['2025-12', 0.6, 0.6, 0.5, 0.7, 'common'],
      ['2026-01', 0.55, 0.6, 0.5, 0.7, 'common'],
      ['2026-02', 0.3, 0.6, 0.5, 0.7, 'neitherLow'],
    ]);
  });

  it('starts the claim’s period at its first value', () => {
    expect(claimPeriodStart(reading)).toBe('2026-01');
  });

  it('tabulates each month with its period, value and whether it is a signal', () => {
    expect(evidenceTableRows(reading).map((row) => ('cells' in row ? [row.header, ...row.cells] : []))).toEqual([
      ['December 2025', 'The period before', '0.6', ''],
      ['January 2026', 'The claim’s period', '0.55', ''],
      ['February 2026', 'The claim’s period', '0.3', 'Signal (special cause)'],
    ]);
  });
});
