import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EndSeatDocument, type SeatFieldsFragment } from '../../../generated/graphql';
import { DateInput } from '../../../shared/components/DateInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { datePartsFrom, EMPTY_DATE } from '../../../shared/utils/date-parts';
import { formatDay } from '../../../shared/utils/format-dates';
import type { useSeatForum } from '../hooks/useSeatForum';
import { checkEndSeat, DATE_TARGETS } from '../utils/seat-form';
import { SeatForumGate, type SeatForum } from './SeatForumGate';

const FIELDS = ['to'] as const;

/** /forums/:id/seats/:seatId/end (administrators only): the last day of a seat. */
export function EndSeatPage() {
  const { id = '', seatId = '' } = useParams();
  return (
    <SeatForumGate forumId={id} seatId={seatId} title="End a seat">
      {(forum, seat, actions) => (seat ? <EndSeatForm forum={forum} seat={seat} actions={actions} /> : null)}
    </SeatForumGate>
  );
}

function EndSeatForm({ forum, seat, actions }: { forum: SeatForum; seat: SeatFieldsFragment; actions: ReturnType<typeof useSeatForum> }) {
  const [to, setTo] = useState(seat.to ? datePartsFrom(seat.to) : EMPTY_DATE);
  const { inline, summary, attempt, submitChecked } = useFormErrors({ fields: FIELDS, targets: DATE_TARGETS, thing: 'the seat' });
  const [endSeat, { loading }] = useMutation(EndSeatDocument);
  const name = seat.organisation.name;

  const submit = () =>
    submitChecked(checkEndSeat(seat, to), async (input) => {
      await endSeat({ variables: { id: seat.id, to: input }, update: actions.forgetSeats });
      actions.backToForum('Seat ended', `${name}'s seat on ${forum.name} ends on ${formatDay(input)}.`);
    });

  return (
    <FormLayout
      heading={`End the seat of ${name}`}
      backTo={actions.forumPath}
      errors={summary}
      focusKey={attempt}
      submitText="End seat"
      submitting={loading}
      onSubmit={submit}
      intro={
        <p className="nhsuk-body">
          On {forum.name} since {formatDay(seat.from)}. The seat stays in the forum&rsquo;s seat history after it ends.
        </p>
      }
    >
      <DateInput
        id="to"
        legend="Last day"
        hint={`The last day the seat is held, on or after ${formatDay(seat.from)}, for example 31 3 2026`}
        value={to}
        error={inline['to']}
        onChange={setTo}
      />
    </FormLayout>
  );
}
