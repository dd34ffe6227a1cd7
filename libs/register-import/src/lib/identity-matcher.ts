import type { MatchedBy } from './record-change';
import { nameKey } from './register-index';

/** One way a row can be identified (external ID, code, name, email), strongest first in a matcher's list. */
export interface IdentityKey<E> {
  /** The column key the value comes from, so problems land on that column. */
  column: string;
  /** Which key this is, as a preview reports what a row matched by. */
  by: MatchedBy;
  /** How messages name it: "ODS code", "name", "email". */
  label: string;
  /** True for free text, which messages put in quotes. */
  quoted: boolean;
  /** The comparable form of a value: names ignore case, external IDs are exact. */
  normalise: (value: string) => string;
  existingValue: (row: E) => string | null;
}

export interface IdentityProblem {
  column: string;
  message: string;
}

export interface IdentityMatch<E> {
  existing: E | null;
  /** The key that found `existing`; null when nothing matched. */
  matchedBy: MatchedBy | null;
  problems: IdentityProblem[];
}

/**
 * Matches import rows to the register and to each other in one pass, with a Map per key, so the work grows
 * with the number of rows rather than its square. A row matches the existing row found by its strongest key
 * that finds one; any other key that finds a different existing row is a clash, since saving would break that
 * row's uniqueness; a key seen on an earlier row of the file is a duplicate of that row.
 */
export class IdentityMatcher<E extends { id: string; name: string }> {
  private readonly existingByKey: Map<string, E>[];
  private readonly firstRowByKey: Map<string, number>[];
  private readonly firstRowByMatch = new Map<string, number>();

  constructor(
    private readonly noun: string,
    private readonly keys: readonly IdentityKey<E>[],
    existingRows: readonly E[],
  ) {
    this.existingByKey = keys.map((key) => {
      const index = new Map<string, E>();
      for (const row of existingRows) {
        const value = key.existingValue(row);
        if (value === null || value === '') continue;
        const normalised = key.normalise(value);
        if (!index.has(normalised)) index.set(normalised, row);
      }
      return index;
    });
    this.firstRowByKey = keys.map(() => new Map());
  }

  /** `values` are the row's values for each key in order; null when the row has none (or it is invalid). */
  match(row: number, values: readonly (string | null | undefined)[]): IdentityMatch<E> {
    const problems: IdentityProblem[] = [];
    const normalised: (string | null)[] = [];
    let existing: E | null = null;
    let matchedBy = -1;
    for (let i = 0; i < this.keys.length; i++) {
      const value = values[i];
      const key = value === null || value === undefined || value === '' ? null : this.keys[i].normalise(value);
      normalised.push(key);
      if (key === null) continue;
      const firstRow = this.firstRowByKey[i].get(key);
      if (firstRow === undefined) this.firstRowByKey[i].set(key, row);
      else problems.push({ column: this.keys[i].column, message: `Duplicate of row ${firstRow} (same ${this.describe(this.keys[i], value as string)})` });
      if (matchedBy < 0) {
        const found = this.existingByKey[i].get(key);
        if (found) {
          existing = found;
          matchedBy = i;
        }
      }
    }
    for (let i = 0; i < this.keys.length; i++) {
      const other = normalised[i] === null ? undefined : this.existingByKey[i].get(normalised[i] as string);
      if (other && other !== existing) {
        problems.push({ column: this.keys[i].column, message: `${this.capitalise(this.describe(this.keys[i], values[i] as string))} already belongs to another ${this.noun}, "${other.name}"` });
      }
    }
    if (existing && problems.length === 0) {
      const firstRow = this.firstRowByMatch.get(existing.id);
      if (firstRow === undefined) this.firstRowByMatch.set(existing.id, row);
      else problems.push({ column: this.keys[matchedBy].column, message: `Duplicate of row ${firstRow} (both match the existing ${this.noun} "${existing.name}")` });
    }
    return { existing, matchedBy: existing ? this.keys[matchedBy].by : null, problems };
  }

  private describe(key: IdentityKey<E>, value: string): string {
    return key.quoted ? `${key.label} "${value}"` : `${key.label} ${value}`;
  }

  private capitalise(text: string): string {
    return `${text[0].toUpperCase()}${text.slice(1)}`;
  }
}

export function externalIdKey<E extends { externalId: string | null }>(column: string): IdentityKey<E> {
  return { column, by: 'externalId', label: 'external ID', quoted: false, normalise: (value) => value, existingValue: (row) => row.externalId };
}

/** A code or email the cell schema has already normalised, compared exactly. */
export function exactKey<E>(column: 'odsCode' | 'onsCode' | 'email', label: string, existingValue: (row: E) => string | null): IdentityKey<E> {
  return { column, by: column, label, quoted: false, normalise: (value) => value, existingValue };
}

export function nameIdentityKey<E extends { name: string }>(column: string): IdentityKey<E> {
  return { column, by: 'name', label: 'name', quoted: true, normalise: nameKey, existingValue: (row) => row.name };
}
