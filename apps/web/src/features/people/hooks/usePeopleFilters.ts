import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useDefaultPlaceId } from '../../../shared/hooks/useDefaultPlaceId';
import { allPlacesQuery } from '../../../shared/utils/place-filter';
import { peopleFiltersFrom, searchParamsFromPeopleFilters, type PeopleFilters } from '../utils/people-filters';

/** The people list's filters, kept in the URL query string. A place lead starts on their own place and can clear it. */
export function usePeopleFilters() {
  const defaultPlaceId = useDefaultPlaceId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => peopleFiltersFrom(searchParams, defaultPlaceId), [searchParams, defaultPlaceId]);
  const setFilters = useCallback(
    (next: PeopleFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(searchParamsFromPeopleFilters(next, defaultPlaceId), { replace: options.replace ?? false }),
    [setSearchParams, defaultPlaceId],
  );
  return { filters, setFilters, clearedQuery: allPlacesQuery(defaultPlaceId) };
}
