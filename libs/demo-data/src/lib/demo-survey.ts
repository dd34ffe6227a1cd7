import type { PracticeKey } from '@stewardship/domain';

/** The rows of a demo system's monthly pulse survey; people and organisations are referred to by key. */

/** A 1–5 answer: 1 strongly disagree or very poor, 5 strongly agree or very good. */
export type Likert = 1 | 2 | 3 | 4 | 5;

export interface DemoSurveyRound {
  /** yyyy-mm. */
  month: string;
  /** yyyy-mm-dd: the 1st of the month. */
  opensOn: string;
  /** yyyy-mm-dd: the 21st of the month. */
  closesOn: string;
}

export interface DemoPracticeResponse {
  month: string;
  /** The respondent; their organisation, sector, places and role group come from the person and organisation. */
  personKey: string;
  scores: Record<PracticeKey, Likert>;
  /** At most one comment, on about one response in six. */
  comments: Partial<Record<PracticeKey, string>>;
  /** The three outcomes of collective leadership (King's Fund and the Center for Creative Leadership). */
  direction: Likert;
  alignment: Likert;
  commitment: Likert;
}

export const CONTACT_FREQUENCIES = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const RELATIONSHIP_TYPES = ['FORMAL_AGREEMENT', 'JOINT_PROGRAMME', 'INFORMAL'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A respondent's rating of their organisation's relationship with one partner: a directed tie. */
export interface DemoRelationshipRating {
  month: string;
  personKey: string;
  /** The partner rated; never the respondent's own organisation. */
  organisationKey: string;
  trust: Likert;
  value: Likert;
  contactFrequency: ContactFrequency;
  type: RelationshipType;
  note: string | null;
}

export interface DemoSurvey {
  /** One per month, oldest first. */
  rounds: DemoSurveyRound[];
  /** By month, then in the order of the system's people. */
  responses: DemoPracticeResponse[];
  /** By month, then respondent, then the order the respondent rated their partners in. */
  ratings: DemoRelationshipRating[];
}
