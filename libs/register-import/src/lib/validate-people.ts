import { ROLE_GROUP_LABELS, ROLE_GROUPS, type RoleGroup } from '@stewardship/domain';
import { choiceCell, emailCell, externalIdCell, nameCell, referenceCell } from './cell-schemas';
import { matchHeaders } from './header-matching';
import { exactKey, externalIdKey, IdentityMatcher } from './identity-matcher';
import { type ImportProblem, ProblemList } from './import-problems';
import type { Sheet } from './read-sheet';
import { compareWithExisting, fromFile, type ImportRecordBase, recordMatch } from './record-change';
import { type ExistingPerson, type ImportContext, RegisterIndex } from './register-index';
import { countRows, parseRows } from './sheet-rows';

export interface PersonRecord extends ImportRecordBase {
  externalId: string | null;
  name: string;
  email: string;
  organisationId: string;
  roleGroup: RoleGroup;
}

const PERSON_FIELDS = ['externalId', 'name', 'email', 'organisationId', 'roleGroup'] as const;

/** People are identified by external ID, else by email; two people may share a name. */
export function validatePeople(sheet: Sheet, context: ImportContext): { rowCount: number; problems: ImportProblem[]; people: PersonRecord[] } {
  const columns = matchHeaders('people', sheet.headers);
  const problems = new ProblemList(columns);
  const register = new RegisterIndex(context);
  const cells = {
    externalId: externalIdCell,
    name: nameCell('person'),
    email: emailCell,
    organisation: referenceCell("Enter the ODS code or name of the person's organisation", (written) => register.findOrganisation(written)),
    roleGroup: choiceCell('role group', ROLE_GROUPS, ROLE_GROUP_LABELS),
  };
  const rows = parseRows(sheet, columns, cells, problems);
  const matcher = new IdentityMatcher<ExistingPerson>(
    'person',
    [externalIdKey('externalId'), exactKey('email', 'email', (person) => person.email.toLowerCase())],
    context.people,
  );
  const people: PersonRecord[] = [];
  for (const row of rows) {
    const { values } = row;
    const { existing, matchedBy, problems: clashes } = matcher.match(row.number, [values.externalId, values.email]);
    for (const clash of clashes) problems.add(row, clash.column, clash.message);
    if (problems.hasRow(row.number) || values.name === undefined || values.email === undefined || values.organisation === undefined || values.roleGroup === undefined) {
      continue;
    }
    const person = {
      externalId: fromFile(values.externalId, existing?.externalId, null),
      name: values.name,
      email: values.email,
      organisationId: values.organisation,
      roleGroup: values.roleGroup,
    };
    people.push(Object.assign(compareWithExisting(row.number, existing, recordMatch(existing, matchedBy), person, PERSON_FIELDS), person));
  }
  return { rowCount: countRows(sheet), problems: problems.list(), people };
}
