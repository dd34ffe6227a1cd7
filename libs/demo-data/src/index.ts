export { DEFAULT_DEMO_SEED, generateDemoSystem } from './lib/generate-demo-system';
export type {
  DemoForum,
  DemoOrganisation,
  DemoPerson,
  DemoPlace,
  DemoScale,
  DemoSeat,
  DemoSystem,
} from './lib/demo-system';
export { DEMO_PASSWORD, type DemoUser } from './lib/demo-users';
export {
  DEFAULT_SURVEY_END_MONTH,
  DEFAULT_SURVEY_MONTHS,
  generateDemoSurvey,
  generateDemoSurveyMonths,
  type DemoStaffResponse,
  type DemoSurveyMonth,
  type DemoSurveyOptions,
} from './lib/generate-demo-survey';
export {
  CONTACT_FREQUENCIES,
  RELATIONSHIP_TYPES,
  type ContactFrequency,
  type DemoPracticeResponse,
  type DemoRelationshipRating,
  type DemoSurvey,
  type DemoSurveyRound,
  type Likert,
  type RelationshipType,
} from './lib/demo-survey';
export { DECISION_STORY, DEFAULT_DECISION_MONTHS, generateDemoDecisions, type DemoDecision, type DemoDecisionParticipant } from './lib/generate-demo-decisions';
export { generateDemoClaims, type DemoClaim, type DemoClaimEvidence, type DemoClaimReview } from './lib/generate-demo-claims';
export { demoPaperPdf } from './lib/demo-paper-pdf';
