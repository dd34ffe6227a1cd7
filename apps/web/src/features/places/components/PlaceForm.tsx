import { useMutation } from '@apollo/client/react';
import { LOCAL_AUTHORITY_MAX_LENGTH } from '@stewardship/domain';
import { CreatePlaceDocument, UpdatePlaceDocument } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm } from '../../../shared/hooks/useRegisterForm';
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
  const { values, bind, summary, attempt, submit } = useRegisterForm({
    initialValues,
    fields: PLACE_FORM_FIELDS,
    thing: 'the place',
    problemsIn: placeFormProblems,
    recordsPath: '/places',
  });
  const [create, createState] = useMutation(CreatePlaceDocument);
  const [update, updateState] = useMutation(UpdatePlaceDocument);

  async function save() {
    const input = placeInputFrom(values);
    const options = { update: forgetRegisterLists };
    const savedId = id
      ? (await update({ variables: { id, input }, ...options })).data?.updatePlace.id
      : (await create({ variables: { input }, ...options })).data?.createPlace.id;
    if (!savedId) throw new Error('The place was not saved');
    return savedId;
  }

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save place"
      submitting={createState.loading || updateState.loading}
      onSubmit={() => submit(id ? 'update' : 'create', save)}
    >
      <NameInput {...bind('name')} />
      <TextInput
        {...bind('localAuthority')}
        label="Local authority (optional)"
        hint="The council whose area the place covers, such as Ashby Borough Council"
        autoComplete="off"
        maxLength={LOCAL_AUTHORITY_MAX_LENGTH}
      />
      <TextInput
        {...bind('onsCode')}
        label="ONS code (optional)"
        hint="The local authority's ONS code: E, W, S or N followed by 8 digits, such as E06000047"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputClassName="nhsuk-input--width-10"
      />
      <ExternalIdInput {...bind('externalId')} />
    </FormLayout>
  );
}
