export type RecordChange = 'create' | 'update' | 'unchanged';

/** The key an import row matched an existing row by; a seat is matched by its forum, organisation and From date. */
export type MatchedBy = 'externalId' | 'odsCode' | 'onsCode' | 'email' | 'name' | 'seat';

/** The existing row a record matched, as the admin knows it. */
export interface RecordMatch {
  name: string;
  by: MatchedBy;
}

export function recordMatch(existing: { name: string } | null, by: MatchedBy | null): RecordMatch | null {
  return existing && by ? { name: existing.name, by } : null;
}

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/**
 * What every imported record says about the register row it would write. Validators add their fields with
 * Object.assign: object spread was ten times slower per record in Node 20, which showed at 20,000 rows.
 */
export interface ImportRecordBase {
  row: number;
  existingId: string | null;
  /** What the record matched and by which key; null for a new row. */
  matched: RecordMatch | null;
  change: RecordChange;
  /** The fields an 'update' changes; empty otherwise. */
  changes: Record<string, FieldChange>;
}

/** Lists of ids (an organisation's places) are sets: the order a spreadsheet lists them in means nothing. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const inA = new Set(a);
    const inB = new Set(b);
    return inA.size === inB.size && [...inB].every((item) => inA.has(item));
  }
  return a === b;
}

/**
 * Compares a row's values with the existing row it matched. An archived match is restored, which is itself
 * a change (`archived: true → false`), because an administrator who lists a row in the register means it is current.
 */
export function compareWithExisting<T extends object>(
  row: number,
  existing: (Partial<Record<keyof T, unknown>> & { id: string; archived?: boolean }) | null,
  matched: RecordMatch | null,
  next: T,
  fields: readonly (keyof T & string)[],
): ImportRecordBase {
  if (existing === null) {
    return { row, existingId: null, matched: null, change: 'create', changes: {} };
  }
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (!sameValue(existing[field], next[field])) changes[field] = { from: existing[field], to: next[field] };
  }
  if (existing.archived) changes['archived'] = { from: true, to: false };
  return { row, existingId: existing.id, matched, change: Object.keys(changes).length > 0 ? 'update' : 'unchanged', changes };
}

/**
 * A value for a matched or new record: a column the file leaves out (undefined) keeps the register's value,
 * while a blank cell (null) clears it. `existingValue` is undefined when the row is new, so `whenNew` applies.
 */
export function fromFile<T>(value: T | null | undefined, existingValue: T | null | undefined, whenNew: T | null): T | null {
  if (value !== undefined) return value;
  return existingValue !== undefined ? existingValue : whenNew;
}
