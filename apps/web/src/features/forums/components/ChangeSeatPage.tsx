import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ChangeSeatDocument, type SeatFieldsFragment } from '../../../generated/graphql';
import { DateInput } from '../../../shared/components/DateInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { EMPTY_DATE } from '../../../shared/utils/date-parts';
import { formatDay } from '../../../shared/utils/format-dates';
import type { useSeatForum } from '../hooks/useSeatForum';
import { yesNo } from '../../../shared/utils/yes-no';
import { checkChangeSeat, DATE_TARGETS, seatRolesOf, type ChangeSeatValues } from '../utils/seat-form';
import { SeatRolesInput } from './SeatRolesInput';
import { SeatForumGate, type SeatForum } from './SeatForumGate';

const FIELDS = ['roles', 'from'] as const;

/** /forums/:id/seats/:seatId/change (administrators only): a new vote or chair from a date, keeping the seat's history. */
export function ChangeSeatPage() {
  const { id = '', seatId = '' } = useParams();
  return (
    <SeatForumGate forumId={id} seatId={seatId} title="Change a seat">
      {(forum, seat, actions) => (seat ? <ChangeSeatForm forum={forum} seat={seat} actions={actions} /> : null)}
    </SeatForumGate>
  );
}

function ChangeSeatForm({ forum, seat, actions }: { forum: SeatForum; seat: SeatFieldsFragment; actions: ReturnType<typeof useSeatForum> }) {
  const [values, setValues] = useState<ChangeSeatValues>({ roles: seatRolesOf(seat), from: EMPTY_DATE });
  const { inline, summary, attempt, submitChecked } = useFormErrors({ fields: FIELDS, targets: DATE_TARGETS, thing: 'the change' });
  const [changeSeat, { loading }] = useMutation(ChangeSeatDocument);
  const name = seat.organisation.name;

  const submit = () =>
    submitChecked(checkChangeSeat(seat, values), async (input) => {
      await changeSeat({ variables: { id: seat.id, input }, update: actions.forgetSeats });
      actions.backToForum('Seat changed', `${name}'s seat changes from ${formatDay(input.from)}. The seat as it was ends the day before.`);
    });

  return (
    <FormLayout
      heading={`Change the seat of ${name}`}
      backTo={actions.forumPath}
      errors={summary}
      focusKey={attempt}
      submitText="Change seat"
      submitting={loading}
      onSubmit={submit}
      intro={
        <p className="nhsuk-body">
          On {forum.name} since {formatDay(seat.from)}
          {seat.to ? ` until ${formatDay(seat.to)}` : ''}. Voting: {yesNo(seat.voting)}. Chair: {yesNo(seat.chair)}. The seat
          as it is now ends the day before the change takes effect, so its history is kept.
        </p>
      }
    >
      <SeatRolesInput hint="Select all that apply from the date below" values={values.roles} error={inline['roles']} onChange={(roles) => setValues((v) => ({ ...v, roles }))} />
      <DateInput
        id="from"
        legend="Takes effect from"
        hint={`A day after ${formatDay(seat.from)}, for example 1 4 2025`}
        value={values.from}
        error={inline['from']}
        onChange={(from) => setValues((v) => ({ ...v, from }))}
      />
    </FormLayout>
  );
}
