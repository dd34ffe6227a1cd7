import type { MockLink } from '@apollo/client/testing';
import { MonthlyReviewDocument, ReviewMonthsDocument, type MonthlyReviewQuery, type WeakLinkKind } from '../../../generated/graphql';
import type { MonthlyReview } from './review-format';

/** Test data for the review, shaped as the API returns it (with __typename, as the cache stores it). */
const MONTHS = ['2026-08', '2026-09', '2026-10'];
const PRACTICES = [
  ['SHARED_PURPOSE', 'Shared purpose and shared identity'],
  ['SHARING_POWER', 'Sharing power'],
  ['SAFE_ENVIRONMENT', 'Safe, inclusive and trusting environment'],
  ['SHARED_DECISIONS', 'Shared decision-making'],
  ['HEALTHY_RELATIONSHIPS', 'Healthy relationships'],
  ['MANAGING_CONFLICT', 'Surfacing and managing conflict'],
] as const;

function scorePoint(month: string, mean: number | null, variation = 'common', suppressed = false) {
  return {
    __typename: 'PracticeScorePoint' as const,
    month,
    mean: suppressed ? null : mean,
    n: suppressed ? null : 12,
    confidenceLower: suppressed || mean === null ? null : mean - 0.25,
    confidenceUpper: suppressed || mean === null ? null : mean + 0.25,
    processMean: 3.5,
    lowerLimit: 3,
    upperLimit: 4,
    rules: variation === 'common' ? [] : (['outside'] as const),
    variation,
    suppressed,
    suppressionReason: suppressed ? 'Fewer than 5 responses' : null,
  };
}

function powerPoint(month: string, value: number | null, variation = 'common') {
  return { __typename: 'PowerPoint' as const, month, value, processMean: 0.7, lowerLimit: 0.5, upperLimit: 0.9, rules: [], variation };
}

const SECTORS = ['NHS', 'LOCAL_GOVERNMENT', 'VCSE', 'INDEPENDENT'] as const;

/**
 * The month's map as the API sends it, matching the network section's figures: 40 partners round a circle (sectors in
 * turn, o1 a single point of failure), each tied to the next three (120 ties), and weak links as the section counts
 * them: 2 declining, 6 one-sided and 4 weak ties, and o40 peripheral.
 */
export function networkMapFixture() {
  const numbers = Array.from({ length: 40 }, (_, i) => i);
  const partners = {
    __typename: 'NetworkMapPartners' as const,
    sectors: numbers.map((i) => SECTORS[i % SECTORS.length]),
    xs: numbers.map((i) => Math.cos((2 * Math.PI * i) / 40)),
    ys: numbers.map((i) => Math.sin((2 * Math.PI * i) / 40)),
    articulationPoints: [0],
  };
  const pairs = numbers.flatMap((i) => [1, 2, 3].map((step) => [i, (i + step) % 40].sort((a, b) => a - b)));
  const flagged = [...Array(2).fill('DECLINING'), ...Array(6).fill('ONE_SIDED'), ...Array(4).fill('LOW_STRENGTH')] as WeakLinkKind[];
  return {
    __typename: 'PartnerNetworkMap',
    month: '2026-10',
    suppressed: false,
    suppressionReason: null,
    partners,
    ties: { __typename: 'NetworkMapTies', sources: pairs.map(([a]) => a), targets: pairs.map(([, b]) => b), strengths: pairs.map((_, i) => (i % 10) / 10) },
    weakLinks: [
      ...[...new Set(flagged)].map((kind) => {
        const pairsOfKind = pairs.filter((_, i) => flagged[i] === kind);
        return { __typename: 'NetworkMapWeakLinks', kind, sources: pairsOfKind.map(([a]) => a), targets: pairsOfKind.map(([, b]) => b) };
      }),
      { __typename: 'NetworkMapWeakLinks', kind: 'PERIPHERAL', sources: [39], targets: [null] },
    ],
  } as NonNullable<MonthlyReview['networkMap']>;
}

export function reviewFixture(overrides: Partial<MonthlyReview> = {}): MonthlyReview {
  const review = {
    __typename: 'MonthlyReview',
    month: '2026-10',
    placeId: null,
    placeName: null,
    roundClosed: true,
    figuresComputedAt: '2026-11-05T09:30:00.000Z',
    practiceScores: {
      __typename: 'ReviewPracticeScores',
      missingReason: null,
      scores: PRACTICES.map(([practice, name], i) => {
        const concern = practice === 'SHARING_POWER';
        return {
          __typename: 'ReviewPracticeScore',
          practice,
          name,
          value: concern ? 2.6 : 3.5 + i / 100,
          n: 12,
          confidenceLower: concern ? 2.35 : 3.25 + i / 100,
          confidenceUpper: concern ? 2.85 : 3.75 + i / 100,
          variation: concern ? 'concern' : 'common',
          suppressionReason: null,
          line: concern ? 'Sharing power: down 0.90 since September 2026 — special cause concern, third month below the mean' : `${name}: up 0.01 since September 2026 — common cause`,
          series: MONTHS.map((month, m) => scorePoint(month, concern && m === 2 ? 2.6 : 3.5 + i / 100, concern && m === 2 ? 'concern' : 'common', practice === 'MANAGING_CONFLICT' && m === 0)),
        };
      }),
    },
    changes: {
      __typename: 'ReviewChanges',
      missingReason: null,
      changes: [
        { __typename: 'ReviewChange', area: 'PRACTICE', key: 'SHARING_POWER', label: 'Sharing power', month: '2026-10', value: 2.6, previousMonth: '2026-09', previousValue: 3.5, change: -0.9, reading: 'SPECIAL_CAUSE_CONCERN', signal: true, monthsOnSide: 3, line: 'Sharing power: down 0.90 since September 2026 — special cause concern, third month below the mean' },
        { __typename: 'ReviewChange', area: 'POWER', key: 'inclusionRatio', label: 'Inclusion ratio', month: '2026-10', value: 0.72, previousMonth: '2026-09', previousValue: 0.7, change: 0.02, reading: 'COMMON_CAUSE', signal: false, monthsOnSide: 1, line: 'Inclusion ratio: up 2.0 points since September 2026 — common cause: noise, not a change to act on' },
        { __typename: 'ReviewChange', area: 'NETWORK', key: 'density', label: 'Density', month: '2026-10', value: 0.21, previousMonth: '2026-09', previousValue: 0.2, change: 0.01, reading: 'NOT_JUDGED', signal: false, monthsOnSide: null, line: 'Density: up 0.010 since September 2026' },
      ],
    },
    network: {
      __typename: 'ReviewNetwork',
      missingReason: null,
      previousMonth: '2026-09',
      respondentOrganisations: 30,
      partners: 40,
      ties: 120,
      weakLinkCounts: [
        { __typename: 'WeakLinkCount', kind: 'LOW_STRENGTH', count: 4 },
        { __typename: 'WeakLinkCount', kind: 'ONE_SIDED', count: 6 },
        { __typename: 'WeakLinkCount', kind: 'DECLINING', count: 2 },
        { __typename: 'WeakLinkCount', kind: 'MISSING', count: 0 },
        { __typename: 'WeakLinkCount', kind: 'PERIPHERAL', count: 1 },
      ],
      mostSerious: [
        { __typename: 'ReviewWeakLink', id: 'DECLINING:o1|o2', kind: 'DECLINING', sourceId: 'o1', sourceName: 'Ashby Council', targetId: 'o2', targetName: 'Ashby Hospice', reason: 'Strength fell in each of the last 3 months', alsoFlagged: ['ONE_SIDED'] },
      ],
      newIsolates: [{ __typename: 'ReviewIsolate', organisationId: 'o3', name: 'Riverside Food Bank', previousDegree: 2 }],
      brokenBridges: [{ __typename: 'ReviewBrokenBridge', id: 'o4|o5', sourceId: 'o4', sourceName: 'Northshire Mind', targetId: 'o5', targetName: 'Brackenford PCN' }],
    },
    networkMap: networkMapFixture(),
    power: {
      __typename: 'ReviewPower',
      missingReason: null,
      fromMonth: '2026-08',
      toMonth: '2026-10',
      figures: [
        { __typename: 'ReviewPowerFigure', figure: 'inclusionRatio', name: 'Inclusion ratio', value: 0.72, variation: 'common', line: 'Inclusion ratio: up 2.0 points since September 2026 — common cause', trend: MONTHS.map((month, m) => powerPoint(month, [0.7, 0.7, 0.72][m])) },
        { __typename: 'ReviewPowerFigure', figure: 'dissentRate', name: 'Decisions with recorded dissent', value: 0, variation: null, line: 'Decisions with recorded dissent: no change since September 2026', trend: MONTHS.map((month) => powerPoint(month, 0)) },
      ],
      tooCosy: { __typename: 'TooCosyWarning', warning: true, months: 6, latestMonth: '2026-10', dissentWarning: true, dissentMonths: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'], conflictSurfacedWarning: false, conflictSurfacedMonths: [] },
    },
    claims: {
      __typename: 'ReviewClaims',
      missingReason: null,
      awaitingReviewCount: 1,
      awaitingReview: [{ __typename: 'ReviewClaim', id: 'c1', text: 'Shared purpose has improved across the system', madeOn: '2026-10-02' }],
      evidenceChangedCount: 0,
      evidenceChanged: [],
    },
    actions: {
      __typename: 'ReviewActions',
      missingReason: null,
      actions: [
        {
          __typename: 'SuggestedAction',
          rank: 1,
          rule: 'PRACTICE_CONCERN',
          text: 'Discuss sharing power: it fell to 2.60 in October 2026, a special-cause concern.',
          figures: [{ __typename: 'ActionFigure', label: 'Sharing power', value: '2.60' }],
          references: [{ __typename: 'ActionReference', kind: 'PRACTICE', id: 'SHARING_POWER', label: 'Sharing power' }],
        },
        {
          __typename: 'SuggestedAction',
          rank: 2,
          rule: 'NEW_ISOLATE',
          text: 'Reconnect Riverside Food Bank: it had 2 ties in September 2026 and none now.',
          figures: [{ __typename: 'ActionFigure', label: 'Ties before', value: '2' }],
          references: [{ __typename: 'ActionReference', kind: 'ORGANISATION', id: 'o3', label: 'Riverside Food Bank' }],
        },
      ],
      rules: [
        { __typename: 'ActionRuleHelp', key: 'PRACTICE_CONCERN', title: 'A practice score shows special cause concern', text: 'Fires for each of the six practice scores whose month is a special-cause concern.' },
        { __typename: 'ActionRuleHelp', key: 'NEW_ISOLATE', title: 'A partner has become isolated', text: 'Fires for each partner with no tie this month that had at least one the month before.' },
      ],
    },
  };
  return { ...review, ...overrides } as MonthlyReview;
}

/** A review whose sections are all missing, each with the API's reason. */
export function missingReviewFixture(month = '2026-11'): MonthlyReview {
  const review = reviewFixture({ month, roundClosed: false });
  const reason = `The survey round for November 2026 is still open: its figures are shown when it closes`;
  return {
    ...review,
    practiceScores: { ...review.practiceScores, missingReason: reason, scores: [] },
    changes: { ...review.changes, missingReason: 'No figures for November 2026 to compare', changes: [] },
    network: { ...review.network, missingReason: 'No survey round closed for November 2026', mostSerious: [], newIsolates: [], brokenBridges: [], weakLinkCounts: [] },
    networkMap: null,
    power: { ...review.power, missingReason: 'No decisions recorded in November 2026', figures: [] },
    claims: { ...review.claims, missingReason: "Claims are not shown to place leads: their evidence may be other places' figures" },
    actions: { ...review.actions, missingReason: 'No figures or claims for November 2026 to suggest actions from', actions: [] },
  };
}

export function reviewMock(variables: { month: string | null; placeId: string | null }, review: MonthlyReview, delay = 0): MockLink.MockedResponse<MonthlyReviewQuery> {
  return { request: { query: MonthlyReviewDocument, variables }, result: { data: { monthlyReview: review } }, delay };
}

export const reviewMonthsMock: MockLink.MockedResponse = {
  request: { query: ReviewMonthsDocument },
  result: {
    data: {
      surveyRounds: [
        { __typename: 'SurveyRound', id: 'r11', month: '2026-11', status: 'OPEN' },
        { __typename: 'SurveyRound', id: 'r10', month: '2026-10', status: 'CLOSED' },
        { __typename: 'SurveyRound', id: 'r9', month: '2026-09', status: 'CLOSED' },
        { __typename: 'SurveyRound', id: 'r12', month: '2026-12', status: 'SCHEDULED' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
