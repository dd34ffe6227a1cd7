export {
  DEFAULT_CONFIDENCE_LEVEL,
  DEFAULT_MINIMUM_GROUP_SIZE,
  hiddenSummary,
  summariseDistribution,
  type ScoreDistribution,
  type ScoreOptions,
  type ScoreSummary,
} from './lib/score-summary';
export { RELATIONSHIP_SUMMARY_HELP, relationshipSuppressionHelp } from './lib/relationship-help';
export { SCORE_HELP, SECONDARY_SUPPRESSION_REASON, smallGroupReason, suppressionHelp } from './lib/score-help';
