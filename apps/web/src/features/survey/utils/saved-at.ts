const UK_TIME = 'Europe/London';
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: UK_TIME });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME });

/** "Saved at 14:02" today (UK time), "Saved on 3 November 2026 at 14:02" on an earlier day. */
export function savedAtText(iso: string, now = new Date()): string {
  const saved = new Date(iso);
  if (Number.isNaN(saved.getTime())) return 'Saved';
  const time = timeFormat.format(saved);
  const day = dayFormat.format(saved);
  return day === dayFormat.format(now) ? `Saved at ${time}` : `Saved on ${day} at ${time}`;
}
