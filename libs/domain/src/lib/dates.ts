/** Dates before this are typing mistakes in a register of today's partnerships; after it, PostgreSQL cannot store them. */
export const DATE_MIN_YEAR = 1900;
export const DATE_MAX_YEAR = 9999;
/** yyyy-mm-dd */
export const ISO_DATE_LENGTH = 10;
/** yyyy-mm */
export const ISO_MONTH_LENGTH = 7;

const yearInRange = (year: number) => year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR;

/** A calendar date as yyyy-mm-dd that really exists (no 2026-02-30) in a year from 1900 to 9999. */
export function isIsoDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts || !yearInRange(Number(parts[1]))) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `whatDate` completes "Enter … as yyyy-mm-dd", e.g. "the first day of the seat". */
export function isoDateProblem(value: string, whatDate: string): string | null {
  return isIsoDate(value) ? null : `Enter ${whatDate} as a real date, yyyy-mm-dd, from ${DATE_MIN_YEAR} to ${DATE_MAX_YEAR}`;
}

/** A survey month as yyyy-mm. */
export function isoMonthProblem(value: string): string | null {
  const parts = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return parts && yearInRange(Number(parts[1])) ? null : 'Enter the month as yyyy-mm, for example 2026-11';
}

/** A moment (a round's opening or closing) that PostgreSQL can store and a person means. */
export function dateTimeProblem(value: Date, label: string): string | null {
  return !Number.isNaN(value.getTime()) && yearInRange(value.getUTCFullYear()) ? null : `${label} must be a real date and time from ${DATE_MIN_YEAR} to ${DATE_MAX_YEAR}`;
}

/**
 * A moment as ISO 8601 text (2026-11-01T09:00:00Z): its date part must be a real date, which `new Date()` does not
 * check (it reads 2026-02-30 as 2 March).
 */
export function isoDateTimeProblem(text: string, label: string): string | null {
  const datePart = /^(\d{4}-\d{2}-\d{2})T/.exec(text)?.[1];
  return datePart && isIsoDate(datePart) ? dateTimeProblem(new Date(text), label) : `${label} must be a real date and time from ${DATE_MIN_YEAR} to ${DATE_MAX_YEAR}`;
}
