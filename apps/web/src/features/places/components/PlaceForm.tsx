import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreatePlaceDocument, UpdatePlaceDocument } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { TextInput } from '../../../shared/components/TextInput';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import type { SavedState } from '../../../shared/hooks/useSavedBanner';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';
import { PLACE_FORM_FIELDS, placeFormProblems, placeInputFrom, type PlaceFormValues } from '../utils/place-form';

interface PlaceFormProps {
  /** Absent when adding a place. */
  id?: string;
  heading: string;
  initialValues: PlaceFormValues;
  cancelTo: string;
}

/** The one form for adding and editing a place. */
export function PlaceForm({ id, heading, initialValues, cancelTo }: PlaceFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initialValues);
  const { inline, summary, attempt, fail, failFromServer } = useFormErrors({ fields: PLACE_FORM_FIELDS, thing: 'the place' });
  const [create, createState] = useMutation(CreatePlaceDocument);
  const [update, updateState] = useMutation(UpdatePlaceDocument);
  const set = (field: keyof PlaceFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit() {
    const problems = placeFormProblems(values);
    if (problems.length > 0) {
      fail(problems);
      return;
    }
    const input = placeInputFrom(values);
    try {
      const options = { update: forgetRegisterLists };
      const savedId = id
        ? (await update({ variables: { id, input }, ...options })).data?.updatePlace.id
        : (await create({ variables: { input }, ...options })).data?.createPlace.id;
      if (!savedId) throw new Error('The place was not saved');
      const state: SavedState = { saved: id ? 'update' : 'create' };
      navigate(`/places/${encodeURIComponent(savedId)}`, { state });
    } catch (error) {
      failFromServer(error);
    }
  }

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save place"
      submitting={createState.loading || updateState.loading}
      onSubmit={submit}
    >
      <TextInput id="name" label="Name" autoComplete="off" value={values.name} error={inline['name']} onChange={set('name')} />
      <TextInput
        id="localAuthority"
        label="Local authority (optional)"
        hint="The council whose area the place covers, such as Ashby Borough Council"
        autoComplete="off"
        value={values.localAuthority}
        error={inline['localAuthority']}
        onChange={set('localAuthority')}
      />
      <TextInput
        id="onsCode"
        label="ONS code (optional)"
        hint="The local authority's ONS code: E, W, S or N followed by 8 digits, such as E06000047"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputClassName="nhsuk-input--width-10"
        value={values.onsCode}
        error={inline['onsCode']}
        onChange={set('onsCode')}
      />
      <ExternalIdInput value={values.externalId} error={inline['externalId']} onChange={set('externalId')} />
    </FormLayout>
  );
}
