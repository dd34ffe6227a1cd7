import { isOneOf } from './is-one-of';

export const SUMMARY_QUESTION_KEYS = ['DIRECTION', 'ALIGNMENT', 'COMMITMENT'] as const;
export type SummaryQuestionKey = (typeof SUMMARY_QUESTION_KEYS)[number];

export interface SummaryQuestion {
  key: SummaryQuestionKey;
  /** The survey answer's field, on the form and on a stored response. */
  answer: 'direction' | 'alignment' | 'commitment';
  name: string;
  /** The statement a respondent scores 1 (strongly disagree) to 5 (strongly agree), one line on a phone. */
  shortHelp: string;
  description: string;
}

/**
 * The three outcomes of good collective leadership (the Center for Creative Leadership's model, as the King's Fund
 * uses it in "Developing collective leadership for health care", 2014): asked once per response as summary
 * questions beside the six practices, in our own words.
 */
export const SUMMARY_QUESTIONS: readonly SummaryQuestion[] = [
  {
    key: 'DIRECTION',
    answer: 'direction',
    name: 'Direction',
    shortHelp: 'Partners agree on what we are trying to achieve together, and why.',
    description:
      'Agreement across the partners on what the system as a whole is trying to achieve: its goals for care quality, outcomes and money, and the values behind them. Without it, partners work hard in different directions.',
  },
  {
    key: 'ALIGNMENT',
    answer: 'alignment',
    name: 'Alignment',
    shortHelp: 'The work of partners is coordinated: plans, people and money point the same way.',
    description:
      "The partners' work is coordinated and integrated so that each organisation's plans, staff and budgets fit together in service of the shared direction, rather than duplicating or undoing each other.",
  },
  {
    key: 'COMMITMENT',
    answer: 'commitment',
    name: 'Commitment',
    shortHelp: "Partners put the system's success alongside their own organisation's.",
    description:
      "Each partner takes responsibility for the success of the system as a whole and makes it a priority of its own, not only the success of its own organisation or service.",
  },
];

export function summaryQuestionByKey(key: SummaryQuestionKey): SummaryQuestion {
  const question = SUMMARY_QUESTIONS.find((candidate) => candidate.key === key);
  if (!question) throw new Error(`Unknown summary question ${key}`);
  return question;
}

export function isSummaryQuestionKey(value: unknown): value is SummaryQuestionKey {
  return isOneOf(SUMMARY_QUESTION_KEYS, value);
}
