/** A span of days, both ends included, as ISO yyyy-mm-dd dates. */
export interface ClaimPeriod {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function parseIsoDate(date: string, name: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(Number.NaN);
  // Round-tripping rejects dates that do not exist, such as 2026-02-30.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`${name} ${JSON.stringify(date)} is not an ISO date (yyyy-mm-dd)`);
  }
  return parsed;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The period's ends as dates; throws when either is not an ISO date or the period ends before it starts. */
export function checkedPeriod(period: ClaimPeriod): { from: Date; to: Date } {
  const from = parseIsoDate(period.from, 'period.from');
  const to = parseIsoDate(period.to, 'period.to');
  if (to < from) throw new Error(`The period ends (${period.to}) before it starts (${period.from})`);
  return { from, to };
}

/** Whether the period runs from the first day of a month to the last day of a month (the same or a later one). */
export function isWholeMonths(period: ClaimPeriod): boolean {
  const { from, to } = checkedPeriod(period);
  const dayAfter = new Date(to.getTime() + DAY_MS);
  return from.getUTCDate() === 1 && dayAfter.getUTCDate() === 1;
}

/** Calendar months the period covers when it is whole months (12 for 2025-04-01 to 2026-03-31). */
function monthCount(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) + 1;
}

/**
 * The period just before `period`, of the same length, ending the day before it starts. A period of whole months
 * (first day of a month to last day of a month) is followed back by the same number of whole months, so monthly
 * figures compare month for month (April–September 2026 against October 2025–March 2026, though the two hold 183 and
 * 182 days); any other period by the same number of days.
 */
export function periodBefore(period: ClaimPeriod): ClaimPeriod {
  const { from, to } = checkedPeriod(period);
  const dayBefore = new Date(from.getTime() - DAY_MS);
  if (isWholeMonths(period)) {
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - monthCount(from, to), 1));
    return { from: isoDate(start), to: isoDate(dayBefore) };
  }
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  return { from: isoDate(new Date(from.getTime() - days * DAY_MS)), to: isoDate(dayBefore) };
}

/** Whether an ISO date falls within the period, both ends included (ISO dates compare as text). */
export function inPeriod(date: string, period: ClaimPeriod): boolean {
  return period.from <= date && date <= period.to;
}
