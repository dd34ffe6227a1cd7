import { useSignedInViewer } from '../../app/hooks/useViewer';

/** The place a user's register lists start on: a place lead's own place; nobody else has one. */
export function useDefaultPlaceId(): string | undefined {
  const viewer = useSignedInViewer();
  return viewer.role === 'PLACE_LEAD' ? viewer.place?.id : undefined;
}
