import { FORUM_KIND_LABELS, FORUM_KINDS, type ForumKind } from '@stewardship/domain';
import { choiceCell, dateCell, externalIdCell, nameCell, optionalCell, referenceCell, yesNoCell } from './cell-schemas';
import { matchHeaders, type SheetColumns } from './header-matching';
import { externalIdKey, IdentityMatcher, nameIdentityKey } from './identity-matcher';
import { type ImportProblem, ProblemList } from './import-problems';
import type { Sheet } from './read-sheet';
import { compareWithExisting, fromFile, type ImportRecordBase, type RecordMatch, recordMatch } from './record-change';
import { type ExistingForum, type ImportContext, nameKey, RegisterIndex } from './register-index';
import { countRows, type FieldSchemas, type ParsedRow, parseRows } from './sheet-rows';

export interface ForumRecord extends ImportRecordBase {
  /** The forum's identity within the file: its external ID, else its lower-cased name; seats refer to it. */
  key: string;
  externalId: string | null;
  name: string;
  kind: ForumKind;
  placeId: string | null;
}

export interface SeatRecord extends ImportRecordBase {
  /** The key of the forum record the seat belongs to; the API resolves it to an id after writing forums. */
  forumKey: string;
  organisationId: string;
  voting: boolean;
  chair: boolean;
  from: string;
  to: string | null;
}

const FORUM_FIELDS = ['externalId', 'name', 'kind', 'placeId'] as const;
const SEAT_FIELDS = ['voting', 'chair', 'to'] as const;
/** The columns that describe the forum rather than the seat, and so repeat on each of its rows. */
const FORUM_COLUMNS = ['forumExternalId', 'forum', 'forumKind', 'forumPlace'] as const;

function forumCells(register: RegisterIndex) {
  return {
    forumExternalId: externalIdCell,
    forum: nameCell('forum'),
    forumKind: choiceCell('forum kind', FORUM_KINDS, FORUM_KIND_LABELS),
    // Blank means a system-wide forum, which optionalCell turns into null before the reference is looked up.
    forumPlace: optionalCell(referenceCell("Enter the forum's place", (written) => register.findPlace(written))),
    organisation: referenceCell('Enter the ODS code or name of the organisation holding the seat', (written) => register.findOrganisation(written)),
    voting: yesNoCell(true),
    chair: yesNoCell(false),
    from: dateCell('the date the seat began'),
    to: optionalCell(dateCell('the last day of the seat')),
  } satisfies FieldSchemas;
}

type ForumRow = ParsedRow<ReturnType<typeof forumCells>>;

interface ForumInFile {
  key: string;
  firstRow: ForumRow;
  rows: ForumRow[];
  existing: ExistingForum | null;
  matched: RecordMatch | null;
}

/**
 * One row per seat, the forum's columns repeated on each of its rows. Forums are grouped by key, checked for
 * agreement between their rows, then matched to the register like any other record; seats are matched by
 * forum, organisation and From date, the register's unique key for a seat.
 */
export function validateForums(
  sheet: Sheet,
  context: ImportContext,
): { rowCount: number; problems: ImportProblem[]; forums: ForumRecord[]; seats: SeatRecord[] } {
  const columns = matchHeaders('forums', sheet.headers);
  const problems = new ProblemList(columns);
  const register = new RegisterIndex(context);
  const rows = parseRows(sheet, columns, forumCells(register), problems);

  const forumsByKey = new Map<string, ForumInFile>();
  const seatRows: { row: ForumRow; forum: ForumInFile }[] = [];
  const firstRowBySeat = new Map<string, number>();
  for (const row of rows) {
    const { values } = row;
    if (values.from !== undefined && values.to && values.to < values.from) {
      problems.add(row, 'to', `To date ${values.to} is before From date ${values.from}`);
    }
    const unidentified = values.forum === undefined || (columns.has('forumExternalId') && values.forumExternalId === undefined);
    if (unidentified) continue;
    const key = values.forumExternalId ?? nameKey(values.forum as string);
    let forum = forumsByKey.get(key);
    if (!forum) {
      forum = { key, firstRow: row, rows: [], existing: null, matched: null };
      forumsByKey.set(key, forum);
    } else {
      reportDisagreements(forum.firstRow, row, columns, problems);
    }
    forum.rows.push(row);
    seatRows.push({ row, forum });
    if (values.organisation !== undefined && values.from !== undefined) {
      const seat = `${key}|${values.organisation}|${values.from}`;
      const firstRow = firstRowBySeat.get(seat);
      if (firstRow === undefined) firstRowBySeat.set(seat, row.number);
      else problems.add(row, 'organisation', `Duplicate of row ${firstRow} (same forum, organisation and From date)`);
    }
  }

  const matcher = new IdentityMatcher<ExistingForum>('forum', [externalIdKey('forumExternalId'), nameIdentityKey('forum')], context.forums);
  const forums: ForumRecord[] = [];
  const recordedForums = new Set<ForumInFile>();
  for (const forum of forumsByKey.values()) {
    const { values } = forum.firstRow;
    const match = matcher.match(forum.firstRow.number, [values.forumExternalId, values.forum]);
    for (const clash of match.problems) problems.add(forum.firstRow, clash.column, clash.message);
    forum.existing = match.existing;
    forum.matched = recordMatch(match.existing, match.matchedBy);
    const forumHasProblem = forum.rows.some((row) => FORUM_COLUMNS.some((column) => problems.hasCell(row.number, column)));
    if (forumHasProblem || values.forum === undefined || values.forumKind === undefined) continue;
    const existing = forum.existing;
    const record = {
      externalId: fromFile(values.forumExternalId, existing?.externalId, null),
      name: values.forum,
      kind: values.forumKind,
      placeId: fromFile(values.forumPlace, existing?.placeId, null),
    };
    forums.push(Object.assign(compareWithExisting(forum.firstRow.number, existing, forum.matched, record, FORUM_FIELDS), { key: forum.key }, record));
    recordedForums.add(forum);
  }

  const seats: SeatRecord[] = [];
  for (const { row, forum } of seatRows) {
    const { values } = row;
    if (!recordedForums.has(forum) || problems.hasRow(row.number) || values.organisation === undefined || values.from === undefined) continue;
    const existing = forum.existing ? (register.findSeat(forum.existing.id, values.organisation, values.from) ?? null) : null;
    const seat = {
      voting: fromFile(values.voting, existing?.voting, true) ?? true,
      chair: fromFile(values.chair, existing?.chair, false) ?? false,
      to: fromFile(values.to, existing?.to, null),
    };
    // A seat has no name of its own: the admin knows it as the forum's seat for an organisation.
    const matched: RecordMatch | null = existing && forum.existing ? { name: `${forum.existing.name}: ${register.organisationName(values.organisation)} from ${values.from}`, by: 'seat' } : null;
    seats.push(Object.assign(compareWithExisting(row.number, existing, matched, seat, SEAT_FIELDS), { forumKey: forum.key, organisationId: values.organisation, from: values.from }, seat));
  }
  return { rowCount: countRows(sheet), problems: problems.list(), forums, seats };
}

/** A forum's own columns must say the same on every one of its seat rows; its name may differ in case only. */
function reportDisagreements(first: ForumRow, row: ForumRow, columns: SheetColumns, problems: ProblemList): void {
  for (const column of FORUM_COLUMNS) {
    const before = first.values[column];
    const now = row.values[column];
    if (!columns.has(column) || before === undefined || now === undefined) continue;
    const same = column === 'forum' ? nameKey(before as string) === nameKey(now as string) : before === now;
    if (!same) {
      problems.add(row, column, `${columns.header(column)} differs from row ${first.number} ("${first.cells[column]}"); give the same value on every row of this forum`);
    }
  }
}
