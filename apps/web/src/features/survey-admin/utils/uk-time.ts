const UK_TIME = 'Europe/London';
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Minutes the UK is ahead of UTC at an instant: 0 in winter, 60 in British Summer Time. */
function ukOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wallClock = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return Math.round((wallClock - instant) / 60_000);
}

/** The instant a UK calendar day (yyyy-mm-dd) starts: midnight in London, in winter or summer time. */
export function ukDayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, date);
  // The offset at UK midnight is the offset an hour or so either side of it, except on the two nights the
  // clocks change, which happen at 01:00 UTC, after midnight in both zones.
  return new Date(midnightUtc - ukOffsetMinutes(midnightUtc) * 60_000);
}

/** The last second of a UK calendar day (23:59:59 in London), when a round that closes that day stops taking answers. */
export function ukDayEnd(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return new Date(ukDayStart(next).getTime() - 1000);
}

/** The UK calendar day `days` after another (negative for before). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
