import { DATE_MAX_YEAR, DATE_MIN_YEAR, isIsoDate } from '@stewardship/domain';

/** A date as typed into the NHS.UK date input: day, month and year boxes, as text. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type DatePart = keyof DateParts;

/** The outcome of reading a date input: the day as yyyy-mm-dd, nothing (all boxes empty), or a problem. */
export type DateReading =
  | { kind: 'date'; iso: string }
  | { kind: 'empty' }
  | { kind: 'problem'; message: string; part: DatePart };

/**
 * Reads the three boxes the way the NHS.UK date input pattern asks: say which part is missing,
 * then whether it is a real date. `label` starts the messages, e.g. "The first day of the seat".
 */
export function readDateParts(parts: DateParts, label: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };
  const missing = (['day', 'month', 'year'] as const).filter((part) => !{ day, month, year }[part]);
  if (missing.length > 0) {
    return { kind: 'problem', part: missing[0], message: `${label} must include a ${missing.join(' and ')}` };
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    const part: DatePart = !/^\d{1,2}$/.test(day) ? 'day' : !/^\d{1,2}$/.test(month) ? 'month' : 'year';
    const message = part === 'year' ? `${label} must include a year with 4 numbers, like 2025` : `${label} must be a real date`;
    return { kind: 'problem', part, message };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (Number(year) < DATE_MIN_YEAR || Number(year) > DATE_MAX_YEAR) {
    return { kind: 'problem', part: 'year', message: `${label} must be in a year from ${DATE_MIN_YEAR} to ${DATE_MAX_YEAR}` };
  }
  if (!isIsoDate(iso)) {
    return { kind: 'problem', part: Number(month) < 1 || Number(month) > 12 ? 'month' : 'day', message: `${label} must be a real date` };
  }
  return { kind: 'date', iso };
}

/** The boxes for a yyyy-mm-dd day, without leading zeros, as a person would type them. */
export function datePartsFrom(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}
