import { emailProblem, externalIdProblem, isRoleGroup, nameProblem } from '@stewardship/domain';
import type { PersonFieldsFragment, PersonInput, RoleGroup } from '../../../generated/graphql';
import { optionalText } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

export interface PersonFormValues {
  name: string;
  email: string;
  organisationId: string;
  roleGroup: RoleGroup | '';
  externalId: string;
}

/** The form's fields in page order; also the PersonInput field names the API reports errors on. */
export const PERSON_FORM_FIELDS = ['name', 'email', 'organisationId', 'roleGroup', 'externalId'] as const;

export const EMPTY_PERSON_FORM: PersonFormValues = { name: '', email: '', organisationId: '', roleGroup: '', externalId: '' };

export function personFormFrom(person: PersonFieldsFragment): PersonFormValues {
  return {
    name: person.name,
    email: person.email,
    organisationId: person.organisation.id,
    roleGroup: person.roleGroup,
    externalId: person.externalId ?? '',
  };
}

/** The same checks the API makes. In page order. */
export function personFormProblems(values: PersonFormValues): FieldError[] {
  const problems: FieldError[] = [];
  const name = nameProblem(values.name, 'person', 'Name');
  if (name) problems.push({ field: 'name', message: name });
  const email = emailProblem(values.email);
  if (email) problems.push({ field: 'email', message: values.email.trim() === '' ? "Enter the person's work email address" : email });
  if (!values.organisationId) problems.push({ field: 'organisationId', message: 'Select the partner organisation this person represents' });
  if (!isRoleGroup(values.roleGroup)) problems.push({ field: 'roleGroup', message: 'Select the role group' });
  const externalId = externalIdProblem(values.externalId);
  if (externalId) problems.push({ field: 'externalId', message: externalId });
  return problems;
}

export function personInputFrom(values: PersonFormValues): PersonInput {
  if (!isRoleGroup(values.roleGroup)) throw new Error('personInputFrom needs a role group; check personFormProblems first');
  return {
    name: values.name.trim(),
    email: values.email.trim().toLowerCase(),
    organisationId: values.organisationId,
    roleGroup: values.roleGroup,
    externalId: optionalText(values.externalId),
  };
}
