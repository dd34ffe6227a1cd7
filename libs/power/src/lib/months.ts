import type { PowerPeriod } from './power-input';

const formatMonth = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** The yyyy-mm month `offset` months after (or, negative, before) `month`. */
export function addMonths(month: string, offset: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + offset;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Every yyyy-mm month from `from` to `to`, inclusive. Counted, not compared as text: the month after 9999-12 is
 * "10000-01", which sorts before it, so a text comparison never ended.
 */
export function monthsBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthIndex(to) - monthIndex(from) + 1) }, (_, i) => addMonths(from, i));
}

/** The calendar month as a period from its first to its last day. */
export function monthPeriod(month: string): PowerPeriod {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}
