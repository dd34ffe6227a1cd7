import { useQuery } from '@apollo/client/react';
import { FORUM_KIND_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { ForumsDocument } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';

const COLUMNS = ['Forum', 'Kind', 'Seats'] as const;

/**
 * The current forums of one place. Read from the forum list the forums page caches (a few dozen forums even in a
 * large system), so opening a place after the forums costs no request.
 */
export function PlaceForums({ placeId, name }: { placeId: string; name: string }) {
  const { data, loading, error, refetch } = useQuery(ForumsDocument, { variables: { includeArchived: false } });
  const forums = (data?.forums ?? []).filter((forum) => forum.place?.id === placeId);

  return (
    <section aria-labelledby="place-forums-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="place-forums-heading">
        Forums
      </h2>
      {loading && !data ? <LoadingMessage>Loading forums…</LoadingMessage> : null}
      {error && !data ? <ServiceProblem onRetry={() => void refetch()}>The forums could not be loaded.</ServiceProblem> : null}
      {data && forums.length === 0 ? <p className="nhsuk-body">{name} has no current forums of its own. Whole-system forums are on the forums page.</p> : null}
      {forums.length > 0 ? (
        <ResponsiveTable caption={`Forums of ${name}`} captionHidden columns={COLUMNS}>
          {forums.map((forum) => (
            <Row key={forum.id}>
              <Cell heading="Forum">
                <Link to={`/forums/${encodeURIComponent(forum.id)}`}>{forum.name}</Link>
              </Cell>
              <Cell heading="Kind">{FORUM_KIND_LABELS[forum.kind]}</Cell>
              <Cell heading="Seats">{forum.seats.length}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </section>
  );
}
