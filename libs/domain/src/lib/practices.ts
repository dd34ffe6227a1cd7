import { isOneOf } from './is-one-of';

export const PRACTICE_KEYS = [
  'SAFE_ENVIRONMENT',
  'HEALTHY_RELATIONSHIPS',
  'SHARED_PURPOSE',
  'SHARING_POWER',
  'MANAGING_CONFLICT',
  'SHARED_DECISIONS',
] as const;
export type PracticeKey = (typeof PRACTICE_KEYS)[number];

export interface Practice {
  key: PracticeKey;
  number: 1 | 2 | 3 | 4 | 5 | 6;
  name: string;
  /** One line a survey respondent reads on a phone before scoring the practice 1 to 5. */
  shortHelp: string;
  description: string;
}

/**
 * The six collaborative-leadership practices (King's Fund, "The practice of collaborative
 * leadership across health and care services", 2023), in the report's order, in our own words.
 */
export const PRACTICES: readonly Practice[] = [
  {
    key: 'SAFE_ENVIRONMENT',
    number: 1,
    name: 'Safe, inclusive and trusting environment',
    shortHelp: 'People can speak candidly and challenge each other without fear of blame.',
    description:
      'Everyone around the table can say what they think, disagree and challenge without blame or fallout, and every partner is genuinely committed rather than attending for show. When partners turn up but hold back, the collaboration is only apparent.',
  },
  {
    key: 'HEALTHY_RELATIONSHIPS',
    number: 2,
    name: 'Healthy relationships',
    shortHelp: 'Leaders know each other as people, and broken trust gets repaired.',
    description:
      'Leaders know the people behind the job titles. Trust grows through frequent personal contact, relationships are valued for their own sake rather than for what each transaction delivers, and when trust is damaged someone takes the trouble to repair it.',
  },
  {
    key: 'SHARED_PURPOSE',
    number: 3,
    name: 'Shared purpose and shared identity',
    shortHelp: 'We agree a specific reason to work together and describe it in plain words.',
    description:
      'Partners share a specific, agreed reason for working together and describe it in language everyone uses, not the jargon of one sector. The partnership has an identity of its own while each organisation keeps its own character.',
  },
  {
    key: 'SHARING_POWER',
    number: 4,
    name: 'Sharing power',
    shortHelp: 'No organisation or sector dominates; every partner has a real say.',
    description:
      'Influence is spread fairly. No organisation or sector sets the agenda alone however large its budget, and smaller partners such as VCSE groups carry real weight in discussions and decisions.',
  },
  {
    key: 'MANAGING_CONFLICT',
    number: 5,
    name: 'Surfacing and managing conflict',
    shortHelp: 'Disagreements are raised early and settled quickly and fairly.',
    description:
      'Differences of view are named early and resolved quickly and fairly. A long stretch with no recorded disagreement at all is a warning that difficult issues are being avoided, not proof of harmony.',
  },
  {
    key: 'SHARED_DECISIONS',
    number: 6,
    name: 'Shared decision-making',
    shortHelp: 'Those affected by a decision are in the room with authority to make it.',
    description:
      'The partners a decision affects take part in making it and send people with the authority to commit. Decision rights are clear, deputies carry delegated authority, decisions are not settled elsewhere beforehand, and once made they are not repeatedly reopened.',
  },
];

export function practiceByKey(key: PracticeKey): Practice {
  const practice = PRACTICES.find((candidate) => candidate.key === key);
  if (!practice) {
    throw new Error(`Unknown practice ${key}`);
  }
  return practice;
}

export function isPracticeKey(value: unknown): value is PracticeKey {
  return isOneOf(PRACTICE_KEYS, value);
}
