import { LOCAL_AUTHORITY_MAX_LENGTH } from '@stewardship/domain';
import { CreatePlaceDocument, UpdatePlaceDocument } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm, type RegisterFormProps } from '../../../shared/hooks/useRegisterForm';
import { PLACE_FORM_FIELDS, placeFormProblems, placeInputFrom, type PlaceFormValues } from '../utils/place-form';

/** The one form for adding and editing a place. */
export function PlaceForm({ id, heading, initialValues, cancelTo }: RegisterFormProps<PlaceFormValues>) {
  const { bind, layout } = useRegisterForm({
    id,
    initialValues,
    fields: PLACE_FORM_FIELDS,
    thing: 'the place',
    problemsIn: placeFormProblems,
    recordsPath: '/places',
    toInput: placeInputFrom,
    mutations: { create: CreatePlaceDocument, update: UpdatePlaceDocument },
  });

  return (
    <FormLayout heading={heading} backTo={cancelTo} submitText="Save place" {...layout}>
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
