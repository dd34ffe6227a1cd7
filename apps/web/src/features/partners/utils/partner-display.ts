const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "3 March 2025", in UK time, for a DateTime from the API. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "North, South" or "None" for a partner that serves no place (yet). */
export function placesText(places: readonly { name: string }[]): string {
  return places.length ? places.map((place) => place.name).join(', ') : 'None';
}

export function weightText(weight: number | null): string {
  return weight === null ? 'Not recorded' : weight.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
