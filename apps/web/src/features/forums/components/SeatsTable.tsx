import { Link } from 'react-router';
import type { SeatFieldsFragment } from '../../../generated/graphql';
import { ArchivedTag } from '../../../shared/components/ArchivedTag';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDay, todayInUk } from '../../../shared/utils/format-dates';
import { yesNo } from '../../../shared/utils/yes-no';
import { seatHasEnded } from '../utils/seat-display';

interface SeatsTableProps {
  forumId: string;
  seats: readonly SeatFieldsFragment[];
  caption: string;
  /** Administrators get "Change" and "End" for each seat that has not ended. */
  canEdit: boolean;
  busy: boolean;
}

/** A forum's seats: who holds each, with or without a vote or the chair, from when and until when. */
export function SeatsTable({ forumId, seats, caption, canEdit, busy }: SeatsTableProps) {
  const today = todayInUk();
  const columns = ['Organisation', 'Voting', 'Chair', 'From', 'To', ...(canEdit ? ['Actions'] : [])];
  return (
    <ResponsiveTable caption={caption} columns={columns} busy={busy}>
      {seats.map((seat) => {
        const ended = seatHasEnded(seat, today);
        const seatPath = `/forums/${encodeURIComponent(forumId)}/seats/${encodeURIComponent(seat.id)}`;
        return (
          <Row key={seat.id}>
            <Cell heading="Organisation">
              <Link to={`/partners/${encodeURIComponent(seat.organisation.id)}`}>{seat.organisation.name}</Link>
              {seat.organisation.archived ? <ArchivedTag /> : null}
            </Cell>
            <Cell heading="Voting">{yesNo(seat.voting)}</Cell>
            <Cell heading="Chair">{yesNo(seat.chair)}</Cell>
            <Cell heading="From">{formatDay(seat.from)}</Cell>
            <Cell heading="To">
              {seat.to ? formatDay(seat.to) : 'No end date'}
              {ended ? <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-left-2">Ended</strong> : null}
            </Cell>
            {canEdit ? (
              <Cell heading="Actions">
                {ended ? null : (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    <li className="nhsuk-u-margin-bottom-1">
                      <Link to={`${seatPath}/change`}>
                        Change<span className="nhsuk-u-visually-hidden"> the seat of {seat.organisation.name}</span>
                      </Link>
                    </li>
                    <li className="nhsuk-u-margin-bottom-0">
                      <Link to={`${seatPath}/end`}>
                        End<span className="nhsuk-u-visually-hidden"> the seat of {seat.organisation.name}</span>
                      </Link>
                    </li>
                  </ul>
                )}
              </Cell>
            ) : null}
          </Row>
        );
      })}
    </ResponsiveTable>
  );
}
