import type { PracticeKey } from '@stewardship/domain';
import type { ClaimDirection, NetworkMeasure, PowerFigureKey, Verdict } from '@stewardship/evidence';
import type { DemoSystem } from './demo-system';
import { DECISION_STORY, type DemoDecision } from './generate-demo-decisions';

/** Evidence for a demo claim, naming the demo's rows by key. */
export type DemoClaimEvidence = { note: string } & (
  | { kind: 'PRACTICE_SCORE'; practice: PracticeKey; placeKey: string | null }
  | { kind: 'POWER_INDICATOR'; figure: PowerFigureKey; placeKey: string | null }
  | { kind: 'NETWORK_MEASURE'; measure: NetworkMeasure; placeKey: string | null }
  | { kind: 'DECISION'; decisionKey: string }
  | { kind: 'DOCUMENT'; title: string; url: string }
);

/** A reviewer's verdict: accepting the suggestion as it stands, or overriding it with a reason. */
export type DemoClaimReview = { role: 'NON_EXECUTIVE' | 'LEADER' } & ({ accept: true; reason?: string } | { accept: false; verdict: Verdict; reason: string });

export interface DemoClaim {
  key: string;
  text: string;
  sourceTitle: string;
  sourceUrl: string;
  sourcePage: string;
  madeByKey: string;
  madeByRole: string;
  madeOn: string;
  from: string;
  to: string;
  practices: PracticeKey[];
  direction: ClaimDirection;
  placeKey: string | null;
  partnerKeys: string[];
  /** Who records it and links its evidence. */
  recordedBy: 'NON_EXECUTIVE' | 'LEADER';
  evidence: DemoClaimEvidence[];
  reviews: DemoClaimReview[];
  /** Linked after the reviews, so the claim shows "evidence changed since review". */
  evidenceAfterReview: DemoClaimEvidence[];
  /** The verdict the evidence should suggest (the demo's story; checked by the platform test). */
  expectedVerdict: Verdict;
  /** The board paper itself, attached as a PDF (demoPaperPdf) with these lines under its title. */
  document?: { fileName: string; lines: string[] };
}

const ICB = 'northshire-integrated-care-board';
const BOARD_REPORT = { sourceTitle: 'Northshire ICB Board, 18 November 2026: collaboration health annual report', sourceUrl: 'https://northshire.example/icb-board/2026-11/collaboration-report.pdf' };
const ICP_STRATEGY = { sourceTitle: 'Northshire Integrated Care Partnership, 26 November 2026: strategy refresh', sourceUrl: 'https://northshire.example/icp/2026-11/strategy-refresh.pdf' };
const LAST_YEAR = { from: '2025-11-01', to: '2026-10-31' };

/**
 * A dozen claims from the demo system's board papers, each checked against the demo's own figures so that every
 * verdict appears: shared purpose improved (supported, the survey's step up), power-sharing slipped since the
 * recovery plan (supported), power shared fairly in Brackenford (contradicted by the decision log: inclusion falls
 * on its place board, DECISION_STORY.fallingInclusionForum), power shared more evenly (contradicted by the scores,
 * then evidence added after its review), relationships, conflict, deputies and decisions in the room (partly
 * supported: the figures show noise), and two with too little evidence (a two-month period; a charter with no figure).
 * `decisions` are the demo log, to cite one of Brackenford's.
 */
export function generateDemoClaims(system: DemoSystem, decisions: readonly DemoDecision[]): DemoClaim[] {
  const organisations = new Set(system.organisations.map((o) => o.key));
  const brackenford = { from: '2025-05-01', to: '2026-10-31' };
  const unheard = [...decisions]
    .reverse()
    .find((d) => d.forumKey === DECISION_STORY.fallingInclusionForum && d.date >= brackenford.from && d.date <= brackenford.to && d.participants.some((p) => p.affected && !p.present));
  const claims: DemoClaim[] = [
    {
      key: 'shared-purpose-system',
      text: 'Since partners agreed a shared outcomes framework, shared purpose has improved across the system this year.',
      ...BOARD_REPORT,
      sourcePage: '4',
      madeByKey: ICB,
      madeByRole: 'Chief executive',
      madeOn: '2026-11-18',
      ...LAST_YEAR,
      practices: ['SHARED_PURPOSE'],
      direction: 'improved',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARED_PURPOSE', placeKey: null, note: 'The system-wide score the report quotes.' }],
      reviews: [{ role: 'NON_EXECUTIVE', accept: true, reason: 'The step up in November 2025 holds every month since.' }],
      evidenceAfterReview: [],
      expectedVerdict: 'supported',
      document: {
        fileName: 'icb-board-2026-11-collaboration-report.pdf',
        lines: ['Item 5: collaboration health annual report', 'Page 4', 'Since partners agreed a shared outcomes framework, shared purpose', 'has improved across the system this year.'],
      },
    },
    {
      key: 'shared-purpose-carrow-vale',
      text: 'Shared purpose is high in Carrow Vale, where partners now plan services together.',
      sourceTitle: 'Carrow Vale Place Board, 5 November 2026: place partnership update',
      sourceUrl: 'https://northshire.example/carrow-vale/2026-11/update.pdf',
      sourcePage: '2',
      madeByKey: 'carrow-vale-and-dunmere-community-healthcare-nhs-trust',
      madeByRole: 'Place director',
      madeOn: '2026-11-05',
      ...LAST_YEAR,
      practices: ['SHARED_PURPOSE'],
      direction: 'high',
      placeKey: 'carrow-vale',
      partnerKeys: [],
      recordedBy: 'LEADER',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARED_PURPOSE', placeKey: 'carrow-vale', note: 'Carrow Vale’s own score.' }],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'supported',
    },
    {
      key: 'shared-purpose-dunmere',
      text: 'Since January, partners in Dunmere report a stronger sense of shared purpose.',
      sourceTitle: 'Dunmere Place Board, 10 November 2026: adult social care report',
      sourceUrl: 'https://northshire.example/dunmere/2026-11/adult-social-care.pdf',
      sourcePage: '6',
      madeByKey: 'northshire-county-council',
      madeByRole: 'Director of adult social care',
      madeOn: '2026-11-10',
      from: '2026-01-01',
      to: '2026-10-31',
      practices: ['SHARED_PURPOSE'],
      direction: 'improved',
      placeKey: 'dunmere',
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARED_PURPOSE', placeKey: 'dunmere', note: 'Dunmere’s score, January to October against the ten months before.' }],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'supported',
    },
    {
      key: 'fair-power-brackenford',
      text: 'Power is now shared fairly in Brackenford: partners affected by the place board’s decisions have a real say in them.',
      sourceTitle: 'Brackenford Place Board, 12 November 2026: place governance review',
      sourceUrl: 'https://northshire.example/brackenford/2026-11/governance-review.pdf',
      sourcePage: '9',
      madeByKey: 'brackenford-city-council',
      madeByRole: 'Place director',
      madeOn: '2026-11-12',
      ...brackenford,
      practices: ['SHARING_POWER', 'SHARED_DECISIONS'],
      direction: 'fair',
      placeKey: 'brackenford',
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [
        { kind: 'POWER_INDICATOR', figure: 'inclusionRatio', placeKey: 'brackenford', note: 'From the board’s decision log: affected partners with a say.' },
        ...(unheard ? [{ kind: 'DECISION' as const, decisionKey: unheard.key, note: 'Affected partners were absent when this was decided.' }] : []),
        { kind: 'DOCUMENT', title: 'Brackenford Place Board terms of reference', url: 'https://northshire.example/brackenford/terms-of-reference.pdf', note: 'Who the board says should be in the room.' },
      ],
      reviews: [{ role: 'NON_EXECUTIVE', accept: true, reason: 'The log shows affected partners losing their say month after month.' }],
      evidenceAfterReview: [],
      expectedVerdict: 'contradicted',
      document: {
        fileName: 'brackenford-governance-review-2026-11.pdf',
        lines: ['Item 7: place governance review', 'Page 9', 'Power is now shared fairly in Brackenford: partners affected by the', 'place board’s decisions have a real say in them.'],
      },
    },
    {
      key: 'power-shared-more-evenly',
      text: 'Power is shared more evenly across the system than it was a year ago.',
      ...ICP_STRATEGY,
      sourcePage: '15',
      madeByKey: ICB,
      madeByRole: 'Director of strategy and partnerships',
      madeOn: '2026-11-26',
      ...LAST_YEAR,
      practices: ['SHARING_POWER'],
      direction: 'improved',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'LEADER',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARING_POWER', placeKey: null, note: 'Partners’ own view of how power is shared.' }],
      reviews: [{ role: 'LEADER', accept: true }],
      evidenceAfterReview: [{ kind: 'POWER_INDICATOR', figure: 'proposerHhi', placeKey: null, note: 'Added after the review: how concentrated the proposing of decisions is.' }],
      expectedVerdict: 'contradicted',
    },
    {
      key: 'power-slipped',
      text: 'Since the financial recovery plan in February, partners tell us power has been less well shared.',
      sourceTitle: 'Healthwatch Ashby, October 2026: what partners told us',
      sourceUrl: 'https://northshire.example/healthwatch-ashby/2026-10/what-partners-told-us.pdf',
      sourcePage: '3',
      madeByKey: 'healthwatch-ashby',
      madeByRole: 'Chief officer',
      madeOn: '2026-11-02',
      from: '2026-03-01',
      to: '2026-10-31',
      practices: ['SHARING_POWER'],
      direction: 'declined',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARING_POWER', placeKey: null, note: 'March to October against the eight months before.' }],
      reviews: [{ role: 'NON_EXECUTIVE', accept: true }],
      evidenceAfterReview: [],
      expectedVerdict: 'supported',
    },
    {
      key: 'relationships-vcse',
      text: 'Relationships with the VCSE sector have improved this year.',
      ...BOARD_REPORT,
      sourcePage: '6',
      madeByKey: ICB,
      madeByRole: 'Director of strategy and partnerships',
      madeOn: '2026-11-18',
      ...LAST_YEAR,
      practices: ['HEALTHY_RELATIONSHIPS'],
      direction: 'improved',
      placeKey: null,
      partnerKeys: ['ashby-food-bank', 'mind-in-brackenford'],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [
        { kind: 'PRACTICE_SCORE', practice: 'HEALTHY_RELATIONSHIPS', placeKey: null, note: 'The relationships score across all partners.' },
        { kind: 'NETWORK_MEASURE', measure: 'density', placeKey: null, note: 'How many of the possible working ties exist.' },
      ],
      reviews: [
        { role: 'LEADER', accept: true },
        { role: 'NON_EXECUTIVE', accept: false, verdict: 'partlySupported', reason: 'The network as a whole thinned, but the claim is about the VCSE sector: its ties need reading on their own before the board paper says either way.' },
      ],
      evidenceAfterReview: [],
      expectedVerdict: 'contradicted',
    },
    {
      key: 'conflict-surfaced',
      text: 'Disagreements are now surfaced and dealt with openly in our forums.',
      sourceTitle: 'Northshire Acute Provider Collaborative, November 2026: annual review',
      sourceUrl: 'https://northshire.example/acute-collaborative/2026-11/annual-review.pdf',
      sourcePage: '3',
      madeByKey: 'northshire-teaching-hospitals-nhs-foundation-trust',
      madeByRole: 'Chief executive',
      madeOn: '2026-11-20',
      ...LAST_YEAR,
      practices: ['MANAGING_CONFLICT'],
      direction: 'improved',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [
        { kind: 'POWER_INDICATOR', figure: 'conflictSurfacedRate', placeKey: null, note: 'Decisions where conflict was surfaced.' },
        { kind: 'PRACTICE_SCORE', practice: 'MANAGING_CONFLICT', placeKey: null, note: 'Partners’ view of how conflict is handled.' },
      ],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'contradicted',
    },
    {
      key: 'decisions-in-the-room',
      text: 'Decisions are rarely taken outside the room: our forums decide in the open.',
      ...BOARD_REPORT,
      sourcePage: '22',
      madeByKey: ICB,
      madeByRole: 'Board secretary',
      madeOn: '2026-11-18',
      ...LAST_YEAR,
      practices: ['SHARED_DECISIONS'],
      direction: 'low',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'LEADER',
      evidence: [{ kind: 'POWER_INDICATOR', figure: 'outsideForumShare', placeKey: null, note: 'Decisions recorded as taken outside the forum.' }],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'partlySupported',
    },
    {
      key: 'deputies-with-authority',
      text: 'Deputies now come to our forums with the authority to decide.',
      ...ICP_STRATEGY,
      sourcePage: '18',
      madeByKey: 'northshire-county-council',
      madeByRole: 'Chief executive',
      madeOn: '2026-11-26',
      ...LAST_YEAR,
      practices: ['SHARED_DECISIONS'],
      direction: 'improved',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [
        { kind: 'POWER_INDICATOR', figure: 'deputiesWithoutAuthorityShare', placeKey: null, note: 'Deputies present without delegated authority.' },
        { kind: 'PRACTICE_SCORE', practice: 'SHARED_DECISIONS', placeKey: null, note: 'Partners’ view of shared decision-making.' },
      ],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'contradicted',
    },
    {
      key: 'ashby-refreshed-board',
      text: 'Ashby’s refreshed place board has shared decisions well since it began in September.',
      sourceTitle: 'Ashby Place Board, 3 November 2026: first report of the refreshed board',
      sourceUrl: 'https://northshire.example/ashby/2026-11/first-report.pdf',
      sourcePage: '1',
      madeByKey: 'ashby-borough-council',
      madeByRole: 'Place director',
      madeOn: '2026-11-03',
      from: '2026-09-01',
      to: '2026-10-31',
      practices: ['SHARED_DECISIONS'],
      direction: 'improved',
      placeKey: 'ashby',
      partnerKeys: [],
      recordedBy: 'NON_EXECUTIVE',
      evidence: [{ kind: 'PRACTICE_SCORE', practice: 'SHARED_DECISIONS', placeKey: 'ashby', note: 'Two months of the refreshed board.' }],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'insufficient',
    },
    {
      key: 'icp-charter',
      text: 'The partnership’s new charter gives VCSE partners an equal voice.',
      ...ICP_STRATEGY,
      sourcePage: '4',
      madeByKey: ICB,
      madeByRole: 'Chair of the integrated care partnership',
      madeOn: '2026-11-26',
      from: '2026-07-01',
      to: '2026-10-31',
      practices: ['SHARING_POWER'],
      direction: 'fair',
      placeKey: null,
      partnerKeys: [],
      recordedBy: 'LEADER',
      evidence: [{ kind: 'DOCUMENT', title: 'Northshire ICP charter, July 2026', url: 'https://northshire.example/icp/charter-2026.pdf', note: 'The charter itself: a promise, not yet a figure.' }],
      reviews: [],
      evidenceAfterReview: [],
      expectedVerdict: 'insufficient',
    },
  ];
  for (const claim of claims) {
    for (const key of [claim.madeByKey, ...claim.partnerKeys]) {
      if (!organisations.has(key)) throw new Error(`Demo claim ${claim.key} names ${key}, which is not a demo organisation`);
    }
  }
  return claims;
}
