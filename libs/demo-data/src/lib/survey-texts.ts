import type { PracticeKey } from '@stewardship/domain';

/*
 * The free text the demo survey draws on: short comments of the kind partners leave on a pulse
 * survey, and notes on relationship ratings. All fictional; the themes follow the King's Fund
 * reports in shared/seeds (pseudo-collaboration, "the acutes rule the roost", decisions made in
 * the next room, deputies without authority).
 */

/** How an answer leans: a comment or note is drawn to fit the score it accompanies. */
export type Sentiment = 'critical' | 'mixed' | 'positive';

export function sentimentOf(score: number): Sentiment {
  if (score <= 2) {
    return 'critical';
  }
  return score >= 4 ? 'positive' : 'mixed';
}

export const PRACTICE_COMMENTS: Record<PracticeKey, Record<Sentiment, readonly string[]>> = {
  SAFE_ENVIRONMENT: {
    critical: [
      'People nod in the meeting and say what they really think in the car park afterwards.',
      'I raised a concern about the discharge pathway and was told this was not the forum for it.',
      'Smaller partners still do not feel able to challenge the trusts in the room.',
      'Hard to disagree with the ICB when it holds our contract.',
    ],
    mixed: [
      'More open at the place board than at system level, where it is still quite formal.',
      'Some meetings feel open; others feel like a performance.',
    ],
    positive: [
      'The chair makes a point of asking the quieter voices first.',
      'We had a frank conversation about waiting lists and nobody was blamed.',
      'I can challenge in the room and it is taken in good faith.',
    ],
  },
  HEALTHY_RELATIONSHIPS: {
    critical: [
      'Turnover means I meet a new contact at the council every few months.',
      'Transactional: we only hear from them when they need something.',
      'Too much happens by email; we rarely see each other in person.',
      'Trust has not recovered since the community contract was re-procured.',
    ],
    mixed: [
      'Good relationships between individuals, but they do not survive people moving on.',
      'Strong with the council, still distant with the acute trust.',
    ],
    positive: [
      'The joint walk-rounds with the neighbourhood team have made a real difference.',
      'I can ring my opposite number at the trust and get an answer the same day.',
      'Informal coffees between directors are building real trust.',
    ],
  },
  SHARED_PURPOSE: {
    critical: [
      'Everyone signs up to the strategy, but it means something different to each of us.',
      'Too much NHS-speak; our volunteers cannot see themselves in the plan.',
      'The priorities change with every new national letter.',
      'We have ten priorities, which means we have none.',
    ],
    mixed: [
      'The shared outcomes are clearer now, but the programme boards still pull different ways.',
      'We agree on the why; less on who does what.',
    ],
    positive: [
      'The shared outcomes framework gives us a reason to be in the room together.',
      'The frailty work has given us a goal everyone can describe in plain words.',
      "For the first time our board papers use the same language as the council's.",
    ],
  },
  SHARING_POWER: {
    critical: [
      "Decisions still get made in the acute trust's exec meeting before the board sees them.",
      'The acutes rule the roost; the rest of us are there to be told.',
      'VCSE partners have a seat but no vote, and it shows.',
      'Since the financial recovery plan, everything goes back to the NHS bodies to decide.',
    ],
    mixed: [
      'Power is shared on the small things, less so when money is involved.',
      'The place board is more equal than the system forums.',
    ],
    positive: [
      'The VCSE alliance now co-chairs the prevention programme.',
      'Our voice changed the shape of the community mental health model.',
    ],
  },
  MANAGING_CONFLICT: {
    critical: [
      'Disagreements get parked as actions and never come back.',
      'Nobody disagrees in the meeting, which worries me more than a row would.',
      'Tension over the discharge targets has been simmering for months.',
      'Conflicts go up to chief executives instead of being settled at place.',
    ],
    mixed: [
      'We are better at naming disagreements than at resolving them.',
      'Issues do get raised, but slowly.',
    ],
    positive: [
      'We named the disagreement about step-down beds early and settled it within a month.',
      'The facilitated session on the winter plan cleared the air.',
    ],
  },
  SHARED_DECISIONS: {
    critical: [
      'Deputies come without authority to agree anything, so decisions slip a month.',
      'The decision on the community hub has been reopened three times.',
      'We learnt about the change to our contract from the press release.',
      'Affected partners are consulted after the decision, not before.',
    ],
    mixed: [
      'The decision-making matrix helps when people remember to use it.',
      'Clearer at place than at system level.',
    ],
    positive: [
      'The decision-making matrix has made it clear who decides what.',
      'Partners affected by the urgent care changes were in the room and signed them off.',
    ],
  },
};

/** Notes on a relationship rating, by how the rating leans. */
export const RELATIONSHIP_NOTES: Record<Sentiment, readonly string[]> = {
  critical: [
    'Meetings keep being cancelled at short notice.',
    'We only hear from them when a target is at risk.',
    'Hard to find the right person to speak to.',
    'They ask for our data but we never hear what happens to it.',
  ],
  mixed: [
    'Works well at operational level, less so between directors.',
    'Mostly through the place board.',
    'A useful relationship that could be closer.',
  ],
  positive: [
    'We share a joint post, which keeps us close.',
    'Weekly huddle on discharges; very responsive.',
    'Our first call for anything on prevention.',
    "Long-standing partnership; we trust each other's judgement.",
  ],
};

/** From the partner that rates a one-sided relationship low, while the other rates it high. */
export const ONE_SIDED_NOTES: readonly string[] = [
  'They call us a key partner, but we are rarely consulted.',
  'We are invited to present, not to decide.',
  'Our referrals go in and nothing comes back.',
];

/** From either side of a relationship that is weakening. */
export const WEAKENING_NOTES: readonly string[] = [
  'Relations have cooled since the dispute over the contract.',
  'Our main contact left and it has not been the same since.',
  'Joint meetings have lapsed over the last few months.',
];
