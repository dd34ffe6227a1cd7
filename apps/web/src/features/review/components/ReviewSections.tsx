import { REVIEW_SECTIONS } from '../utils/review-csv';
import { REVIEW_HELP } from '../utils/review-help';
import type { ReviewScope } from '../utils/review-links';
import type { MonthlyReview } from '../utils/review-format';
import { ActionsSection } from './ActionsSection';
import { ChangesSection } from './ChangesSection';
import { ClaimsSection } from './ClaimsSection';
import { NetworkSection } from './NetworkSection';
import { PowerSection } from './PowerSection';
import { PracticeScoresSection } from './PracticeScoresSection';
import { ReviewSection } from './ReviewSection';

interface ReviewSectionsProps {
  /** Null while loading (each section says so). */
  review: MonthlyReview | null;
  loading: boolean;
  /** The board pack: help open and data tables shown. */
  expanded?: boolean;
  /** Once the network section's map has drawn (the board pack waits for it). */
  onNetworkMapSettled?: () => void;
}

/** The six sections of the review in the order; the page and the board pack both draw them, so the two never disagree. */
export function ReviewSections({ review, loading, expanded = false, onNetworkMapSettled }: ReviewSectionsProps) {
  const busy = loading || !review;
  const scope: ReviewScope = review
    ? { month: review.month, placeId: review.placeId, powerFrom: review.power.fromMonth, powerTo: review.power.toMonth }
    : { month: '', placeId: null };
  const common = { loading: busy, expanded };
  return (
    <>
      <ReviewSection id="review-scores" number={1} title={REVIEW_SECTIONS.practiceScores} help={REVIEW_HELP.practiceScores} missingReason={review?.practiceScores.missingReason} {...common}>
        {review ? <PracticeScoresSection scores={review.practiceScores.scores} scope={scope} expanded={expanded} /> : null}
      </ReviewSection>
      <ReviewSection id="review-changes" number={2} title={REVIEW_SECTIONS.changes} help={REVIEW_HELP.changes} missingReason={review?.changes.missingReason} {...common}>
        {review ? <ChangesSection changes={review.changes.changes} scope={scope} /> : null}
      </ReviewSection>
      <ReviewSection id="review-network" number={3} title={REVIEW_SECTIONS.network} help={REVIEW_HELP.network} missingReason={review?.network.missingReason} {...common}>
        {review ? <NetworkSection network={review.network} networkMap={review.networkMap ?? null} scope={scope} onMapSettled={onNetworkMapSettled} printOnly={expanded} /> : null}
      </ReviewSection>
      <ReviewSection id="review-power" number={4} title={REVIEW_SECTIONS.power} help={REVIEW_HELP.power} missingReason={review?.power.missingReason} {...common}>
        {review ? <PowerSection power={review.power} scope={scope} expanded={expanded} /> : null}
      </ReviewSection>
      <ReviewSection id="review-claims" number={5} title={REVIEW_SECTIONS.claims} help={REVIEW_HELP.claims} missingReason={review?.claims.missingReason} {...common}>
        {review ? <ClaimsSection claims={review.claims} placeId={review.placeId} /> : null}
      </ReviewSection>
      <ReviewSection id="review-actions" number={6} title={REVIEW_SECTIONS.actions} help={REVIEW_HELP.actions} missingReason={review?.actions.missingReason} {...common}>
        {review ? <ActionsSection actions={review.actions} scope={scope} expanded={expanded} /> : null}
      </ReviewSection>
    </>
  );
}
