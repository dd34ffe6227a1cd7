import { EMAIL_MAX_LENGTH } from '@stewardship/domain';
import { CreatePersonDocument, UpdatePersonDocument, type RoleGroup } from '../../../generated/graphql';
import { ExternalIdInput } from '../../../shared/components/ExternalIdInput';
import { NameInput } from '../../../shared/components/NameInput';
import { FormLayout } from '../../../shared/components/FormLayout';
import { SelectInput } from '../../../shared/components/SelectInput';
import { TextInput } from '../../../shared/components/TextInput';
import { useRegisterForm, type RegisterFormProps } from '../../../shared/hooks/useRegisterForm';
import { OrganisationPicker } from '../../../shared/pickers/components/OrganisationPicker';
import { ROLE_GROUP_OPTIONS } from '../../../shared/utils/domain-options';
import { PERSON_FORM_FIELDS, personFormProblems, personInputFrom, type PersonFormValues } from '../utils/person-form';

interface PersonFormProps extends RegisterFormProps<PersonFormValues> {
  /** The organisation a person being edited represents now, listed even if it has since been archived. */
  currentOrganisation?: { id: string; name: string };
}

/** The one form for adding and editing a person. */
export function PersonForm({ id, heading, initialValues, currentOrganisation, cancelTo }: PersonFormProps) {
  const { values, setField, bind, inline, layout } = useRegisterForm({
    id,
    initialValues,
    fields: PERSON_FORM_FIELDS,
    thing: 'the person',
    problemsIn: personFormProblems,
    recordsPath: '/people',
    toInput: personInputFrom,
    mutations: { create: CreatePersonDocument, update: UpdatePersonDocument },
  });

  return (
    <FormLayout heading={heading} backTo={cancelTo} submitText="Save person" {...layout}>
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
      <OrganisationPicker {...bind('organisationId')} hint="The partner this person represents" current={currentOrganisation} />
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
