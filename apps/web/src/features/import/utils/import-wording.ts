import { canImport } from '@stewardship/domain';
import type { ImportKind, Role } from '../../../generated/graphql';

export const IMPORT_KINDS: readonly ImportKind[] = ['places', 'organisations', 'forums', 'people', 'decisions'];

/** The kinds the role may import, in the order they depend on each other. */
export function importKindsFor(role: Role): ImportKind[] {
  return IMPORT_KINDS.filter((kind) => canImport(role, kind));
}

interface ImportKindText {
  /** The radio's label. */
  label: string;
  /** One line under it saying what a row is. */
  help: string;
  /** Exports are saved as `<fileStem>.csv`, templates as `<fileStem>-template.csv`. */
  fileStem: string;
  listPath: string;
  /** "the <listName>", e.g. "Go to the partners register". */
  listName: string;
}

export const IMPORT_KIND_TEXT: Record<ImportKind, ImportKindText> = {
  places: {
    label: 'Places',
    help: 'Place-based partnerships: name, local authority and ONS code.',
    fileStem: 'places',
    listPath: '/places',
    listName: 'places register',
  },
  organisations: {
    label: 'Partner organisations',
    help: 'Partners with their ODS code, kind, sector and the places they serve.',
    fileStem: 'partners',
    listPath: '/partners',
    listName: 'partners register',
  },
  forums: {
    label: 'Forums and seats',
    help: 'Decision-making bodies, one row per seat: which partner holds it, with or without a vote, and from when.',
    fileStem: 'forums',
    listPath: '/forums',
    listName: 'forums register',
  },
  people: {
    label: 'People',
    help: 'People who represent partners, with their work email and role group.',
    fileStem: 'people',
    listPath: '/people',
    listName: 'people register',
  },
  decisions: {
    label: 'Decisions',
    help: 'Decisions for the log, one row per decision, with the partners involved. Decisions already in the log are left as they are: correct one by amending it.',
    fileStem: 'decisions',
    listPath: '/decisions',
    listName: 'decision log',
  },
};

/** Why the order of imports matters, for someone who may import `kinds`. */
export function importOrderHint(kinds: readonly ImportKind[]): string {
  return kinds.length > 1
    ? 'Import places before partners, partners before forums and people, and forums before decisions: each refers to rows already in the register.'
    : 'Each row names a forum and partners already in the register.';
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "1 row", "20,000 rows". */
export function rowsText(n: number): string {
  return `${count(n)} ${n === 1 ? 'row' : 'rows'}`;
}

/** What checking found: "500 rows: 12 new, 3 changed, 485 unchanged". */
export function previewSummaryText(preview: { rowCount: number; create: number; update: number; unchanged: number }): string {
  return `${rowsText(preview.rowCount)}: ${count(preview.create)} new, ${count(preview.update)} changed, ${count(preview.unchanged)} unchanged`;
}

/** What the import wrote: "Imported: 12 added, 3 changed, 485 unchanged". */
export function importResultText(result: { created: number; updated: number; unchanged: number }): string {
  return `Imported: ${count(result.created)} added, ${count(result.updated)} changed, ${count(result.unchanged)} unchanged`;
}

/** "There is 1 problem in the file", "There are 12 problems in the file". */
export function problemsHeading(problemCount: number): string {
  return problemCount === 1 ? 'There is 1 problem in the file' : `There are ${count(problemCount)} problems in the file`;
}

/** Said when the API listed fewer problems than it found (it lists at most 1,000). */
export function listedProblemsNote(listed: number, problemCount: number): string | null {
  return listed < problemCount ? `The first ${count(listed)} of ${count(problemCount)} problems are listed.` : null;
}

export function listedChangesNote(listed: number, changedRows: number): string | null {
  return listed < changedRows ? `The first ${count(listed)} of ${count(changedRows)} changed rows are listed.` : null;
}

/** "Read 12,000 of about 20,000 rows", or "Read 12,000 rows" before there is an estimate. */
export function rowProgressText(rowsRead: number, aboutTotal: number | null): string {
  return aboutTotal === null ? `Read ${count(rowsRead)} rows` : `Read ${count(rowsRead)} of about ${count(aboutTotal)} rows`;
}

/** "Read 4.2 MB of 8.0 MB" (or kB for small files). */
export function byteProgressText(loaded: number, total: number): string {
  const useMb = total >= 1024 * 1024;
  const unit = useMb ? 1024 * 1024 : 1024;
  const format = (n: number) => (n / unit).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `Read ${format(loaded)} of ${format(total)} ${useMb ? 'MB' : 'kB'}`;
}

/**
 * The whole file's row count, estimated from how far into it the reader has got: rows read so far
 * scaled by the file's length over the characters read, to 2 significant figures. Characters
 * stand in for bytes, which makes the guess a little high for text with many accented letters.
 */
export function estimatedTotalRows(rowsRead: number, charactersRead: number, fileBytes: number): number | null {
  if (rowsRead <= 0 || charactersRead <= 0 || fileBytes <= 0) return null;
  const estimate = (rowsRead * fileBytes) / charactersRead;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
  return Math.max(rowsRead, Math.round(estimate / magnitude) * magnitude);
}
