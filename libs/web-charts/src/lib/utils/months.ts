const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function monthDate(month: string): Date | null {
  const match = MONTH_PATTERN.exec(month);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)) : null;
}

/** "March 2026" for "2026-03"; anything that is not yyyy-mm comes back as it was. */
export function formatMonth(month: string): string {
  const date = monthDate(month);
  return date ? LONG.format(date) : month;
}

/** "Mar 2026" for "2026-03", for axis labels; anything that is not yyyy-mm comes back as it was. */
export function formatMonthShort(month: string): string {
  const date = monthDate(month);
  // en-GB writes September as "Sept"; charts keep every month to three letters.
  return date ? SHORT.format(date).replace('Sept', 'Sep') : month;
}

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** The month after a yyyy-mm month. */
export function nextMonth(month: string): string {
  const date = monthDate(month);
  if (!date) throw new RangeError(`Not a yyyy-mm month: ${month}`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 7);
}
