import type { SuggestedAction } from '@stewardship/actions';
import type { ReviewChangesModel, ReviewNetworkModel, ReviewPowerModel, ReviewPracticeScoresModel } from './models/monthly-review.model';

/** Everything a review shows but its claims: computed from the month's data, and kept while that data stands. */
export interface ReviewFigures {
  practiceScores: ReviewPracticeScoresModel;
  changes: ReviewChangesModel;
  network: ReviewNetworkModel;
  power: ReviewPowerModel;
  /** The suggested actions of the figures alone (libs/actions withClaimActions adds the claims' as they stand). */
  figureActions: SuggestedAction[];
}
