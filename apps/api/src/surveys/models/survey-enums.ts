import { registerEnumType } from '@nestjs/graphql';
import { PRACTICE_KEYS, PRACTICES } from '@stewardship/domain';

export const SurveyRoundStatusEnum = { SCHEDULED: 'SCHEDULED', OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(SurveyRoundStatusEnum, { name: 'SurveyRoundStatus' });

export const PracticeEnum = Object.fromEntries(PRACTICE_KEYS.map((k) => [k, k])) as { [K in (typeof PRACTICE_KEYS)[number]]: K };
registerEnumType(PracticeEnum, {
  name: 'Practice',
  description: "The six collaborative-leadership practices (King's Fund, 2023).",
  valuesMap: Object.fromEntries(PRACTICES.map((p) => [p.key, { description: p.name }])) as never,
});

export const CONTACT_FREQUENCIES = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];
export const ContactFrequencyEnum = { WEEKLY: 'WEEKLY', MONTHLY: 'MONTHLY', QUARTERLY: 'QUARTERLY', RARELY: 'RARELY' } as const;
registerEnumType(ContactFrequencyEnum, { name: 'ContactFrequency' });

export const RELATIONSHIP_TYPES = ['FORMAL_AGREEMENT', 'JOINT_PROGRAMME', 'INFORMAL'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export const RelationshipTypeEnum = { FORMAL_AGREEMENT: 'FORMAL_AGREEMENT', JOINT_PROGRAMME: 'JOINT_PROGRAMME', INFORMAL: 'INFORMAL' } as const;
registerEnumType(RelationshipTypeEnum, { name: 'RelationshipType' });
