import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { AddSeatDocument } from '../../../generated/graphql';
import { DateInput } from '../../../shared/components/DateInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { EMPTY_DATE } from '../../../shared/utils/date-parts';
import { OrganisationPicker } from '../../../shared/pickers/components/OrganisationPicker';
import type { useSeatForum } from '../hooks/useSeatForum';
import { ADD_SEAT_FIELDS, checkAddSeat, DATE_TARGETS, type AddSeatValues } from '../utils/seat-form';
import { SeatRolesInput } from './SeatRolesInput';
import { SeatForumGate, type SeatForum } from './SeatForumGate';

/** /forums/:id/seats/new (administrators only): give a partner a seat on the forum. */
export function AddSeatPage() {
  const { id = '' } = useParams();
  return (
    <SeatForumGate forumId={id} title="Add a seat">
      {(forum, _seat, actions) => <AddSeatForm forum={forum} actions={actions} />}
    </SeatForumGate>
  );
}

function AddSeatForm({ forum, actions }: { forum: SeatForum; actions: ReturnType<typeof useSeatForum> }) {
  const [values, setValues] = useState<AddSeatValues>({ organisationId: '', roles: ['voting'], from: EMPTY_DATE, to: EMPTY_DATE });
  const { inline, summary, attempt, submitChecked } = useFormErrors({ fields: ADD_SEAT_FIELDS, targets: DATE_TARGETS, thing: 'the seat' });
  const [addSeat, { loading }] = useMutation(AddSeatDocument);

  const submit = () =>
    submitChecked(checkAddSeat(forum.id, values), async (input) => {
      const { data } = await addSeat({ variables: { input }, update: actions.forgetSeats });
      if (!data) throw new Error('addSeat returned no data');
      actions.backToForum('Seat added', `${data.addSeat.organisation.name} now has a seat on ${forum.name}.`);
    });

  return (
    <FormLayout
      heading={`Add a seat on ${forum.name}`}
      backTo={actions.forumPath}
      errors={summary}
      focusKey={attempt}
      submitText="Add seat"
      submitting={loading}
      onSubmit={submit}
    >
      <OrganisationPicker
        id="organisationId"
        hint="Current partners, in name order"
        value={values.organisationId}
        error={inline['organisationId']}
        onChange={(organisationId) => setValues((v) => ({ ...v, organisationId }))}
      />
      <SeatRolesInput hint="Select all that apply" values={values.roles} error={inline['roles']} onChange={(roles) => setValues((v) => ({ ...v, roles }))} />
      <DateInput
        id="from"
        legend="From"
        hint="The first day of the seat, for example 1 4 2025"
        value={values.from}
        error={inline['from']}
        onChange={(from) => setValues((v) => ({ ...v, from }))}
      />
      <DateInput
        id="to"
        legend="To (optional)"
        hint="The last day of the seat. Leave it empty while the seat continues"
        value={values.to}
        error={inline['to']}
        onChange={(to) => setValues((v) => ({ ...v, to }))}
      />
    </FormLayout>
  );
}
