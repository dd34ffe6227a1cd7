import type { ImportKind } from './import-columns';
import type { ImportProblem } from './import-problems';
import type { Sheet } from './read-sheet';
import type { ImportRecordBase } from './record-change';
import type { ImportContext } from './register-index';
import { type DecisionRecord, validateDecisions } from './validate-decisions';
import { validateForums, type ForumRecord, type SeatRecord } from './validate-forums';
import { validateOrganisations, type OrganisationRecord } from './validate-organisations';
import { validatePeople, type PersonRecord } from './validate-people';
import { type PlaceRecord, validatePlaces } from './validate-places';

/**
 * Records are given for rows without problems only; the API commits an import only when `problems` is empty,
 * so the preview and the commit run this same function and agree.
 */
export type ImportValidation =
  | { kind: 'places'; rowCount: number; problems: ImportProblem[]; places: PlaceRecord[] }
  | { kind: 'organisations'; rowCount: number; problems: ImportProblem[]; organisations: OrganisationRecord[] }
  | { kind: 'forums'; rowCount: number; problems: ImportProblem[]; forums: ForumRecord[]; seats: SeatRecord[] }
  | { kind: 'people'; rowCount: number; problems: ImportProblem[]; people: PersonRecord[] }
  | { kind: 'decisions'; rowCount: number; problems: ImportProblem[]; decisions: DecisionRecord[] };

/** Who is importing, where it narrows what rows may say. */
export interface ImportScope {
  /** A place lead's place (null when they have none): decisions only of the forums serving it. */
  placeLeadOf?: string | null;
}

/** Checks every row of a sheet against the system's register; throws ImportFileError when a required column is missing. */
export function validateImport(kind: ImportKind, sheet: Sheet, context: ImportContext, scope: ImportScope = {}): ImportValidation {
  switch (kind) {
    case 'places':
      return { kind, ...validatePlaces(sheet, context) };
    case 'organisations':
      return { kind, ...validateOrganisations(sheet, context) };
    case 'forums':
      return { kind, ...validateForums(sheet, context) };
    case 'people':
      return { kind, ...validatePeople(sheet, context) };
    case 'decisions':
      return { kind, ...validateDecisions(sheet, context, scope.placeLeadOf) };
  }
}

export function recordsOf(validation: ImportValidation): ImportRecordBase[] {
  switch (validation.kind) {
    case 'places':
      return validation.places;
    case 'organisations':
      return validation.organisations;
    case 'forums':
      return [...validation.forums, ...validation.seats];
    case 'people':
      return validation.people;
    case 'decisions':
      return validation.decisions;
  }
}

/** The counts a preview leads with; forums count both forum and seat records. */
export function summariseImport(validation: ImportValidation): { rowCount: number; problemCount: number; create: number; update: number; unchanged: number } {
  const summary = { rowCount: validation.rowCount, problemCount: validation.problems.length, create: 0, update: 0, unchanged: 0 };
  for (const record of recordsOf(validation)) summary[record.change]++;
  return summary;
}
