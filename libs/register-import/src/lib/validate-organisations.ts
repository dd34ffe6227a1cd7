import { DEFAULT_SECTOR_BY_KIND, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind, type Sector, SECTOR_LABELS, SECTORS } from '@stewardship/domain';
import { choiceCell, externalIdCell, nameCell, odsCodeCell, optionalCell, referenceListCell, weightCell } from './cell-schemas';
import { matchHeaders } from './header-matching';
import { exactKey, externalIdKey, IdentityMatcher, nameIdentityKey } from './identity-matcher';
import { type ImportProblem, ProblemList } from './import-problems';
import type { Sheet } from './read-sheet';
import { compareWithExisting, fromFile, type ImportRecordBase, recordMatch } from './record-change';
import { type ExistingOrganisation, type ImportContext, RegisterIndex } from './register-index';
import { countRows, parseRows } from './sheet-rows';

export interface OrganisationRecord extends ImportRecordBase {
  externalId: string | null;
  name: string;
  odsCode: string | null;
  kind: OrganisationKind;
  sector: Sector;
  placeIds: string[];
  weight: number | null;
}

const ORGANISATION_FIELDS = ['externalId', 'name', 'odsCode', 'kind', 'sector', 'placeIds', 'weight'] as const;

export function validateOrganisations(
  sheet: Sheet,
  context: ImportContext,
): { rowCount: number; problems: ImportProblem[]; organisations: OrganisationRecord[] } {
  const columns = matchHeaders('organisations', sheet.headers);
  const problems = new ProblemList(columns);
  const register = new RegisterIndex(context);
  const cells = {
    externalId: externalIdCell,
    name: nameCell('organisation'),
    odsCode: odsCodeCell,
    kind: choiceCell('kind', ORGANISATION_KINDS, ORGANISATION_KIND_LABELS),
    sector: optionalCell(choiceCell('sector', SECTORS, SECTOR_LABELS)),
    places: optionalCell(referenceListCell((written) => register.findPlace(written))),
    weight: weightCell,
  };
  const rows = parseRows(sheet, columns, cells, problems);
  const matcher = new IdentityMatcher<ExistingOrganisation>(
    'organisation',
    [externalIdKey('externalId'), exactKey('odsCode', 'ODS code', (organisation) => organisation.odsCode), nameIdentityKey('name')],
    context.organisations,
  );
  const organisations: OrganisationRecord[] = [];
  for (const row of rows) {
    const { values } = row;
    const { existing, matchedBy, problems: clashes } = matcher.match(row.number, [values.externalId, values.odsCode, values.name]);
    for (const clash of clashes) problems.add(row, clash.column, clash.message);
    if (problems.hasRow(row.number) || values.name === undefined || values.kind === undefined) continue;
    const organisation = {
      externalId: fromFile(values.externalId, existing?.externalId, null),
      name: values.name,
      odsCode: fromFile(values.odsCode, existing?.odsCode, null),
      kind: values.kind,
      // A blank sector is not "no sector": it keeps the register's, or starts from the kind's usual one.
      sector: values.sector ?? existing?.sector ?? DEFAULT_SECTOR_BY_KIND[values.kind],
      placeIds: fromFile(values.places, existing?.placeIds, []) ?? [],
      weight: fromFile(values.weight, existing?.weight, null),
    };
    organisations.push(Object.assign(compareWithExisting(row.number, existing, recordMatch(existing, matchedBy), organisation, ORGANISATION_FIELDS), organisation));
  }
  return { rowCount: countRows(sheet), problems: problems.list(), organisations };
}
