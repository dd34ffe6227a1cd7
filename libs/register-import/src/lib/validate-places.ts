import { externalIdCell, nameCell, onsCodeCell, localAuthorityCell } from './cell-schemas';
import { matchHeaders } from './header-matching';
import { exactKey, externalIdKey, IdentityMatcher, nameIdentityKey } from './identity-matcher';
import { type ImportProblem, ProblemList } from './import-problems';
import type { Sheet } from './read-sheet';
import { compareWithExisting, fromFile, type ImportRecordBase, recordMatch } from './record-change';
import type { ExistingPlace, ImportContext } from './register-index';
import { countRows, parseRows } from './sheet-rows';

export interface PlaceRecord extends ImportRecordBase {
  externalId: string | null;
  name: string;
  localAuthority: string | null;
  onsCode: string | null;
}

const PLACE_FIELDS = ['externalId', 'name', 'localAuthority', 'onsCode'] as const;

export function validatePlaces(sheet: Sheet, context: ImportContext): { rowCount: number; problems: ImportProblem[]; places: PlaceRecord[] } {
  const columns = matchHeaders('places', sheet.headers);
  const problems = new ProblemList(columns);
  const rows = parseRows(sheet, columns, { externalId: externalIdCell, name: nameCell('place'), localAuthority: localAuthorityCell, onsCode: onsCodeCell }, problems);
  const matcher = new IdentityMatcher<ExistingPlace>(
    'place',
    [externalIdKey('externalId'), exactKey('onsCode', 'ONS code', (place) => place.onsCode), nameIdentityKey('name')],
    context.places,
  );
  const places: PlaceRecord[] = [];
  for (const row of rows) {
    const { values } = row;
    const { existing, matchedBy, problems: clashes } = matcher.match(row.number, [values.externalId, values.onsCode, values.name]);
    for (const clash of clashes) problems.add(row, clash.column, clash.message);
    if (problems.hasRow(row.number) || values.name === undefined) continue;
    const place = {
      externalId: fromFile(values.externalId, existing?.externalId, null),
      name: values.name,
      localAuthority: fromFile(values.localAuthority, existing?.localAuthority, null),
      onsCode: fromFile(values.onsCode, existing?.onsCode, null),
    };
    places.push(Object.assign(compareWithExisting(row.number, existing, recordMatch(existing, matchedBy), place, PLACE_FIELDS), place));
  }
  return { rowCount: countRows(sheet), problems: problems.list(), places };
}
