import { useQuery } from '@apollo/client/react';
import { formatMonth } from '@stewardship/web-charts';
import { useCallback, useEffect, useState } from 'react';
import { MonthlyReviewDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { SERVICE_NAME } from '../../../shared/hooks/usePageTitle';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { useReviewView } from '../hooks/useReviewView';
import { reviewDrawsNetworkMap } from '../utils/review-map';
import { ReviewSections } from './ReviewSections';

type Readiness = 'false' | 'true' | 'error';

/**
 * /review/board-pack: the review for printing or for the server's PDF, without the site's header, menu or footer: a
 * cover, then the six sections with their help and data tables open. Its root says `data-board-pack-ready="true"`
 * once the review has loaded and its charts have been drawn (two animation frames after React commits them, so the
 * charts have their measured width, and once the network map has drawn), or "error" when it could not load;
 * headless Chromium waits for that.
 */
export function BoardPackPage() {
  const { viewer, view } = useReviewView();
  const { data, loading, error } = useQuery(MonthlyReviewDocument, { variables: { month: view.month ?? null, placeId: view.placeId ?? null }, fetchPolicy: 'network-only' });
  const review = data?.monthlyReview ?? null;
  const [ready, setReady] = useState<Readiness>('false');
  const [producedAt] = useState(() => new Date().toISOString());
  const [networkMapSettled, setNetworkMapSettled] = useState(false);
  const settleNetworkMap = useCallback(() => setNetworkMapSettled(true), []);

  useEffect(() => {
    if (error) {
      setReady('error');
      return;
    }
    if (!review || (reviewDrawsNetworkMap(review) && !networkMapSettled)) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setReady('true'));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [review, error, networkMapSettled]);

  const scopeName = review?.placeName ?? (view.placeId ? null : 'The whole system');
  const month = review?.month ?? view.month ?? '';
  return (
    <div className="app-board-pack" data-board-pack-ready={ready}>
      <DocumentTitle title={month ? `Board pack, ${formatMonth(month)}` : 'Board pack'} />
      <main id="maincontent" className="nhsuk-width-container">
        <section className="app-board-pack-cover" aria-labelledby="board-pack-title">
          <p className="nhsuk-caption-l">{SERVICE_NAME}: monthly review</p>
          <h1 id="board-pack-title">{viewer.system.name}</h1>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Month</dt>
              <dd className="nhsuk-summary-list__value" data-testid="board-pack-month">
                {month ? formatMonth(month) : 'The latest complete month'}
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Place</dt>
              <dd className="nhsuk-summary-list__value">{scopeName ?? ''}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Produced</dt>
              <dd className="nhsuk-summary-list__value">Produced {formatDateTime(producedAt)} (UK time)</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Data as of</dt>
              <dd className="nhsuk-summary-list__value">
                {review ? `Data as of ${formatDateTime(review.figuresComputedAt)} (UK time)` : 'Loading…'}
                {review && !review.roundClosed ? `. The survey round for ${formatMonth(review.month)} is still open.` : null}
              </dd>
            </div>
          </dl>
        </section>
        {error ? (
          <div className="nhsuk-error-summary" role="alert">
            <h2 className="nhsuk-error-summary__heading">The review could not be loaded</h2>
            <p>{error.message}</p>
          </div>
        ) : (
          <ReviewSections review={review} loading={loading} expanded onNetworkMapSettled={settleNetworkMap} />
        )}
      </main>
    </div>
  );
}
