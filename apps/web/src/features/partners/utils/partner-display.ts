/** "North, South" or "None" for a partner that serves no place (yet). */
export function placesText(places: readonly { name: string }[]): string {
  return places.length ? places.map((place) => place.name).join(', ') : 'None';
}

export function weightText(weight: number | null): string {
  return weight === null ? 'Not recorded' : weight.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
