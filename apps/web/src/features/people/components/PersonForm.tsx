import { useMutation } from '@apollo/client/react';
import { EMAIL_MAX_LENGTH, ROLE_GROUP_LABELS, ROLE_GROUPS } from '@stewardship/domain';
import { CreatePersonDocument, UpdatePersonDocument, type RoleGroup } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm } from '../../../shared/hooks/useRegisterForm';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';
import { useOrganisationOptions } from '../../partners/hooks/useOrganisationOptions';
import { PERSON_FORM_FIELDS, personFormProblems, personInputFrom, type PersonFormValues } from '../utils/person-form';

const ROLE_GROUP_OPTIONS: SelectOption[] = ROLE_GROUPS.map((group) => ({ value: group, label: ROLE_GROUP_LABELS[group] }));

interface PersonFormProps {
  /** Absent when adding a person. */
  id?: string;
  heading: string;
  initialValues: PersonFormValues;
  /** The organisation a person being edited represents now, listed even if it has since been archived. */
  currentOrganisation?: { id: string; name: string };
  cancelTo: string;
}

/** The one form for adding and editing a person. */
export function PersonForm({ id, heading, initialValues, currentOrganisation, cancelTo }: PersonFormProps) {
  const { values, setField, bind, inline, summary, attempt, submit } = useRegisterForm({
    initialValues,
    fields: PERSON_FORM_FIELDS,
    thing: 'the person',
    problemsIn: personFormProblems,
    recordsPath: '/people',
  });
  const organisations = useOrganisationOptions(false);
  const [create, createState] = useMutation(CreatePersonDocument);
  const [update, updateState] = useMutation(UpdatePersonDocument);
  const organisationOptions =
    currentOrganisation && !organisations.loading && !organisations.options.some((option) => option.value === currentOrganisation.id)
      ? [{ value: currentOrganisation.id, label: `${currentOrganisation.name} (archived)` }, ...organisations.options]
      : organisations.options;

  async function save() {
    const input = personInputFrom(values);
    const options = { update: forgetRegisterLists };
    const savedId = id
      ? (await update({ variables: { id, input }, ...options })).data?.updatePerson.id
      : (await create({ variables: { input }, ...options })).data?.createPerson.id;
    if (!savedId) throw new Error('The person was not saved');
    return savedId;
  }

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save person"
      submitting={createState.loading || updateState.loading}
      onSubmit={() => submit(id ? 'update' : 'create', save)}
    >
      <NameInput {...bind('name')} />
      <TextInput
        {...bind('email')}
        label="Work email"
        hint="No two people in the register can share an email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={EMAIL_MAX_LENGTH}
      />
      <SelectInput
        {...bind('organisationId')}
        label="Organisation"
        hint={
          organisations.error
            ? 'The list of partners could not be loaded. Reload the page to try again.'
            : organisations.incomplete
              ? 'Only the first 200 partners, in name order, are listed.'
              : 'The partner this person represents'
        }
        emptyOptionLabel={organisations.loading ? 'Loading partners…' : 'Choose an organisation'}
        options={organisationOptions}
      />
      <SelectInput
        id="roleGroup"
        label="Role group"
        hint="The group their survey answers count in"
        emptyOptionLabel="Choose a role group"
        options={ROLE_GROUP_OPTIONS}
        value={values.roleGroup}
        error={inline['roleGroup']}
        onChange={(roleGroup) => setField('roleGroup')(roleGroup as RoleGroup | '')}
      />
      <ExternalIdInput {...bind('externalId')} />
    </FormLayout>
  );
}
