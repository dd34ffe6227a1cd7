import { useQuery } from '@apollo/client/react';
import { FORUM_KIND_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { ForumsDocument } from '../../../generated/graphql';
import { LoadingMessage } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { yesNo } from '../../../shared/utils/yes-no';

const COLUMNS = ['Forum', 'Kind', 'Voting', 'Chair'] as const;

/**
 * The current seats a partner holds. The API has no "seats of an organisation" query, so this
 * reads the forum list (which carries current seats, and is cached for the forums page) and picks
 * this partner's seats out of it: a dozen forums in the demo system, a few dozen in a large one.
 */
export function PartnerSeats({ organisationId, name }: { organisationId: string; name: string }) {
  const { data, loading, error } = useQuery(ForumsDocument, { variables: { includeArchived: false } });
  const held = (data?.forums ?? []).flatMap((forum) =>
    forum.seats.filter((seat) => seat.organisation.id === organisationId).map((seat) => ({ forum, seat })),
  );

  return (
    <section aria-labelledby="partner-seats-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="partner-seats-heading">
        Seats on forums
      </h2>
      {loading && !data ? <LoadingMessage>Loading seats…</LoadingMessage> : null}
      {error && !data ? <p className="nhsuk-body">The forums could not be loaded, so the seats are not shown. Reload the page to try again.</p> : null}
      {data && held.length === 0 ? <p className="nhsuk-body">{name} holds no seats on current forums.</p> : null}
      {held.length > 0 ? (
        <ResponsiveTable caption={`Current seats held by ${name}`} captionHidden columns={COLUMNS}>
          {held.map(({ forum, seat }) => (
            <Row key={seat.id}>
              <Cell heading="Forum">
                <Link to={`/forums/${encodeURIComponent(forum.id)}`}>{forum.name}</Link>
              </Cell>
              <Cell heading="Kind">{FORUM_KIND_LABELS[forum.kind]}</Cell>
              <Cell heading="Voting">{yesNo(seat.voting)}</Cell>
              <Cell heading="Chair">{yesNo(seat.chair)}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </section>
  );
}
