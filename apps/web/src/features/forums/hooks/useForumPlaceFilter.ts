import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useDefaultPlaceId } from '../../../shared/hooks/useDefaultPlaceId';
import { placeIdFromParams, setPlaceParam } from '../../../shared/utils/place-filter';

/** The forum list's place, kept in the URL: a place lead starts on their own place and can choose all places. */
export function useForumPlaceFilter(): [string | undefined, (placeId: string | undefined) => void] {
  const defaultPlaceId = useDefaultPlaceId();
  const [searchParams, setSearchParams] = useSearchParams();
  const placeId = placeIdFromParams(searchParams, defaultPlaceId);
  const setPlaceId = useCallback(
    (next: string | undefined) =>
      setSearchParams((params) => {
        const updated = new URLSearchParams(params);
        updated.delete('place');
        setPlaceParam(updated, next, defaultPlaceId);
        return updated;
      }),
    [setSearchParams, defaultPlaceId],
  );
  return [placeId, setPlaceId];
}
