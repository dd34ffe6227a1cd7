import { CreatePersonDocument, UpdatePersonDocument, type CreatePersonMutation, type RoleGroup, type UpdatePersonMutation } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm } from '../../../shared/hooks/useRegisterForm';
import { useOrganisationOptions } from '../../../shared/pickers/hooks/useOrganisationOptions';
import { ROLE_GROUP_OPTIONS } from '../../../shared/utils/domain-options';
import { PERSON_FORM_FIELDS, personFormProblems, personInputFrom, type PersonFormValues } from '../utils/person-form';


const PERSON_MUTATIONS = {
  create: CreatePersonDocument,
  update: UpdatePersonDocument,
  created: (data: CreatePersonMutation) => data.createPerson,
  updated: (data: UpdatePersonMutation) => data.updatePerson,
};

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
  const { values, setField, bind, inline, summary, attempt, submit, saving } = useRegisterForm({
    id,
    initialValues,
    fields: PERSON_FORM_FIELDS,
    thing: 'the person',
    problemsIn: personFormProblems,
    recordsPath: '/people',
    toInput: personInputFrom,
    mutations: PERSON_MUTATIONS,
  });
  const organisations = useOrganisationOptions(false);
  const organisationOptions =
    currentOrganisation && !organisations.loading && !organisations.options.some((option) => option.value === currentOrganisation.id)
      ? [{ value: currentOrganisation.id, label: `${currentOrganisation.name} (archived)` }, ...organisations.options]
      : organisations.options;

  return (
    <FormLayout
      heading={heading}
      backTo={cancelTo}
      errors={summary}
      focusKey={attempt}
      submitText="Save person"
      submitting={saving}
      onSubmit={submit}
    >
      <TextInput {...bind('name')} label="Name" autoComplete="off" />
      <TextInput
        {...bind('email')}
        label="Work email"
        hint="No two people in the register can share an email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
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
