import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useDefaultPlaceId } from '../../../shared/hooks/useDefaultPlaceId';
import { allPlacesQuery } from '../../../shared/utils/place-filter';
import { filtersFromSearchParams, searchParamsFromFilters, type DecisionFilters } from '../utils/decision-filters';

/** The log's filters, kept in the URL query string. A place lead starts on their own place and can clear it. */
export function useDecisionFilters() {
  const defaultPlaceId = useDefaultPlaceId();
  const [searchParams, setSearchParams] = useSearchParams();

  const filters = useMemo(() => filtersFromSearchParams(searchParams, defaultPlaceId), [searchParams, defaultPlaceId]);

  const setFilters = useCallback(
    (next: DecisionFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(searchParamsFromFilters(next, defaultPlaceId), { replace: options.replace ?? false }),
    [setSearchParams, defaultPlaceId],
  );

  return { filters, setFilters, clearedQuery: allPlacesQuery(defaultPlaceId) };
}
