export {
  canShowDifference,
  DEFAULT_CONFIDENCE_LEVEL,
  DEFAULT_MINIMUM_GROUP_SIZE,
  hiddenSummary,
  summariseDistribution,
  summariseScores,
  type ScoreDistribution,
  type ScoreOptions,
  type ScoreSummary,
} from './lib/score-summary';
export {
  summariseBreakdown,
  type BreakdownGroup,
  type BreakdownOptions,
  type GroupScores,
  type SuppressedBreakdown,
} from './lib/breakdown';
export { summariseByGroup } from './lib/summarise-by-group';
export { COMPLEMENT_REASON, SCORE_HELP, suppressionHelp } from './lib/score-help';
