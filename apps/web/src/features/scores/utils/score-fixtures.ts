import type { PracticeScorePoint, PracticeScoreSeries } from './score-format';

/** For specs: a shown month with ordinary figures, changed by `overrides`. */
export function scorePoint(month: string, overrides: Partial<PracticeScorePoint> = {}): PracticeScorePoint {
  return {
    month,
    suppressed: false,
    suppressionReason: null,
    n: 12,
    mean: 3.4167,
    standardDeviation: 0.8,
    confidenceLower: 2.9,
    confidenceUpper: 3.93,
    distribution: [0, 2, 5, 3, 2],
    movingRange: 0.2,
    processMean: 3.3,
    lowerLimit: 2.75,
    upperLimit: 3.85,
    rules: [],
    variation: 'common',
    ...overrides,
  };
}

/** For specs: the sharing-power series over `points`, changed by `overrides`. */
export function scoreSeries(points: PracticeScorePoint[], overrides: Partial<PracticeScoreSeries> = {}): PracticeScoreSeries {
  return {
    practice: 'SHARING_POWER',
    name: 'Sharing power',
    shortHelp: 'No organisation or sector dominates; every partner has a real say.',
    limitsNote: null,
    latestVariation: 'common',
    points,
    rebases: [],
    rebaseSuggestion: null,
    ...overrides,
  };
}

/** For specs: an active rebase of the series from `month`. */
export function scoreRebase(month: string, overrides: Partial<PracticeScoreSeries['rebases'][number]> = {}): PracticeScoreSeries['rebases'][number] {
  return { id: `rebase-${month}`, month, reason: 'Outcomes framework agreed', createdBy: 'Lee Leader', createdAt: '2026-11-05T10:00:00.000Z', ...overrides };
}
