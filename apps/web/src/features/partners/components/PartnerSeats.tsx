import { useQuery } from '@apollo/client/react';
import { FORUM_KIND_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import { PartnerSeatsDocument } from '../../../generated/graphql';
import { LoadingMessage } from '../../../shared/components/StatusMessages';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDay } from '../../../shared/utils/format-dates';
import { yesNo } from '../../../shared/utils/yes-no';

const COLUMNS = ['Forum', 'Kind', 'Voting', 'Chair', 'Held'] as const;

/** "Since 1 April 2024", or "1 April 2024 to 31 March 2027" for a seat with a last day. */
const heldText = (seat: { from: string; to?: string | null }) => (seat.to ? `${formatDay(seat.from)} to ${formatDay(seat.to)}` : `Since ${formatDay(seat.from)}`);

/** The current seats a partner holds on forums that are not archived, with the dates each seat runs. */
export function PartnerSeats({ organisationId, name }: { organisationId: string; name: string }) {
  const { data, loading, error } = useQuery(PartnerSeatsDocument, { variables: { id: organisationId } });
  const seats = data?.organisation?.seats ?? [];

  return (
    <section aria-labelledby="partner-seats-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="partner-seats-heading">
        Seats on forums
      </h2>
      {loading && !data ? <LoadingMessage>Loading seats…</LoadingMessage> : null}
      {error && !data ? <p className="nhsuk-body">The seats could not be loaded. Reload the page to try again.</p> : null}
      {data && seats.length === 0 ? <p className="nhsuk-body">{name} holds no seats on current forums.</p> : null}
      {seats.length > 0 ? (
        <ResponsiveTable caption={`Current seats held by ${name}`} captionHidden columns={COLUMNS}>
          {seats.map((seat) => (
            <Row key={seat.id}>
              <Cell heading="Forum">
                <Link to={`/forums/${encodeURIComponent(seat.forum.id)}`}>{seat.forum.name}</Link>
              </Cell>
              <Cell heading="Kind">{FORUM_KIND_LABELS[seat.forum.kind]}</Cell>
              <Cell heading="Voting">{yesNo(seat.voting)}</Cell>
              <Cell heading="Chair">{yesNo(seat.chair)}</Cell>
              <Cell heading="Held">{heldText(seat)}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : null}
    </section>
  );
}
