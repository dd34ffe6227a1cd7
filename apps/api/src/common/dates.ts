/** The day before a yyyy-mm-dd date. */
export function dayBefore(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The yyyy-mm month `count` months after `month` (before, when negative). */
export function addMonths(month: string, count: number): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Every yyyy-mm month from `from` to `to`, both included, oldest first; none when `to` is before `from`. Counted, not
 * compared as text: the month after 9999-12 is spelled "+010000-01", which sorts before it, so a text loop never ended.
 */
export function monthsFrom(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthIndex(to) - monthIndex(from) + 1) }, (_, i) => addMonths(from, i));
}

/** The last day (yyyy-mm-dd) of a yyyy-mm month. */
export function lastDayOfMonth(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
}
