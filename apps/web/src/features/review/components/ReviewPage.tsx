import { useQuery } from '@apollo/client/react';
import { formatMonth } from '@stewardship/web-charts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { MonthlyReviewDocument, ReviewMonthsDocument } from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ServiceProblem } from '../../../shared/components/StatusMessages';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { downloadTextFile } from '../../../shared/utils/download';
import { useReviewView } from '../hooks/useReviewView';
import { reviewCsv, reviewCsvName } from '../utils/review-csv';
import { reviewMonthOptions, reviewPath } from '../utils/review-params';
import { BoardPackButton } from './BoardPackButton';
import { ReviewFilterForm } from './ReviewFilterForm';
import { ReviewSections } from './ReviewSections';

/** /review: the monthly review of a place or the whole system, the page a leadership team opens before its board. */
export function ReviewPage() {
  const { viewer, view, setView, placeLead } = useReviewView();
  const { options: places } = usePlaceOptions({ skip: Boolean(placeLead) });
  const rounds = useQuery(ReviewMonthsDocument);
  const months = useMemo(() => reviewMonthOptions(rounds.data?.surveyRounds ?? [], formatMonth), [rounds.data]);
  const { data, loading, error, refetch } = useQuery(MonthlyReviewDocument, { variables: { month: view.month ?? null, placeId: view.placeId ?? null } });
  const review = data?.monthlyReview ?? null;
  const month = view.month ?? review?.month ?? '';
  const placeName = placeLead?.name ?? review?.placeName ?? places.find((place) => place.value === view.placeId)?.label ?? null;
  const scopeName = placeName ?? viewer.system.name;

  return (
    <div className="app-review">
      <DocumentTitle title={month ? `Monthly review, ${formatMonth(month)}` : 'Monthly review'} />
      <div className="app-review-header">
        <h1>{`Monthly review: ${scopeName}${month ? `, ${formatMonth(month)}` : ''}`}</h1>
        <p className="nhsuk-body-l">How well {scopeName}&rsquo;s partners collaborated this month, what changed and whether it is real, and what to do about it.</p>
        <div className="app-review-buttons app-review-no-print">
          <BoardPackButton month={month} placeId={view.placeId ?? null} />{' '}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={!review} onClick={() => review && downloadTextFile(reviewCsvName(review), reviewCsv(review))}>
            Download CSV
          </button>{' '}
          {month ? (
            <p className="nhsuk-body-s">
              <Link to={reviewPath({ month, placeId: view.placeId }, true)}>Open the board pack (print view)</Link>
            </p>
          ) : null}
        </div>
      </div>

      <ReviewFilterForm
        month={month}
        months={months}
        placeId={view.placeId}
        places={places}
        fixedPlace={placeLead?.name}
        onMonth={(next) => setView({ ...view, month: next || undefined })}
        onPlace={(placeId) => setView({ ...view, placeId })}
      />

      {error && !loading ? (
        <ServiceProblem onRetry={() => void refetch()}>The monthly review could not be loaded. Try again.</ServiceProblem>
      ) : (
        <ReviewSections review={review} loading={loading} />
      )}
    </div>
  );
}
