/**
 * A list's place filter in the URL, for lists that start on a place lead's own place. `place=all` records that the
 * user cleared that default; an absent `place` means "the default".
 */
export const ALL_PLACES = 'all';

export function placeIdFromParams(params: URLSearchParams, defaultPlaceId?: string): string | undefined {
  const place = params.get('place');
  if (place === null) return defaultPlaceId;
  return place === ALL_PLACES || place.trim() === '' ? undefined : place;
}

/** The inverse of placeIdFromParams: nothing when the place is the default. */
export function setPlaceParam(params: URLSearchParams, placeId: string | undefined, defaultPlaceId?: string): void {
  if (placeId !== defaultPlaceId) params.set('place', placeId ?? ALL_PLACES);
}

/** The query string that shows every place, whatever the user's default place. */
export function allPlacesQuery(defaultPlaceId?: string): string {
  return defaultPlaceId ? `?place=${ALL_PLACES}` : '';
}
