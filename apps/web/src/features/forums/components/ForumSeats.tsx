import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ForumSeatsDocument } from '../../../generated/graphql';
import { ServiceProblem } from '../../../shared/components/StatusMessages';
import { ToggleCheckbox } from '../../../shared/components/ToggleCheckbox';
import { useToggleParam } from '../../../shared/hooks/useToggleParam';
import { SeatsTable } from './SeatsTable';

/**
 * A forum's seats, current ones or (with "Show seat history", kept in the URL) every seat it has
 * had. The table stays on screen while the other list loads, so the toggle keeps its place.
 */
export function ForumSeats({ forumId, canEdit }: { forumId: string; canEdit: boolean }) {
  const [showHistory, setShowHistory] = useToggleParam('history');
  const { data, previousData, loading, error, refetch } = useQuery(ForumSeatsDocument, {
    variables: { id: forumId, includeEnded: showHistory },
  });
  // While the other list loads, keep showing this one, captioned for what it is.
  const previous = previousData?.forum?.id === forumId ? previousData.forum : undefined;
  const seats = data ? data.forum?.seats : previous?.seats;
  const historyShown = data ? showHistory : !showHistory;
  const path = `/forums/${encodeURIComponent(forumId)}`;

  return (
    <section aria-labelledby="seats-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="seats-heading">
        Seats
      </h2>
      {canEdit ? (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`${path}/seats/new`}>
          Add a seat
        </Link>
      ) : null}
      <ToggleCheckbox id="history" label="Show seat history" checked={showHistory} onChange={setShowHistory} />
      <p className="nhsuk-body" role="status">
        {loading ? 'Loading seats…' : ''}
      </p>
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The seats could not be loaded. Try again.</ServiceProblem> : null}
      {!error && seats && seats.length === 0 && !loading ? (
        <p className="nhsuk-body">{historyShown ? 'This forum has never had any seats.' : 'This forum has no current seats.'}</p>
      ) : null}
      {!error && seats && seats.length > 0 ? (
        <SeatsTable
          forumId={forumId}
          seats={seats}
          caption={historyShown ? 'Every seat, ended ones included, latest first' : 'Current seats'}
          canEdit={canEdit}
          busy={loading}
        />
      ) : null}
    </section>
  );
}
