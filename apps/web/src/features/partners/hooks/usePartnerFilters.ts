import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import {
  clearedFiltersQuery,
  filtersFromSearchParams,
  searchParamsFromFilters,
  type PartnerFilters,
} from '../utils/partner-filters';

/**
 * The register list's filters, kept in the URL query string. A place lead starts on their own
 * place (`viewer.place`) and can clear it.
 */
export function usePartnerFilters() {
  const viewer = useSignedInViewer();
  const defaultPlaceId = viewer.role === 'PLACE_LEAD' ? viewer.place?.id : undefined;
  const [searchParams, setSearchParams] = useSearchParams();

  const filters = useMemo(() => filtersFromSearchParams(searchParams, defaultPlaceId), [searchParams, defaultPlaceId]);

  const setFilters = useCallback(
    (next: PartnerFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(searchParamsFromFilters(next, defaultPlaceId), { replace: options.replace ?? false }),
    [setSearchParams, defaultPlaceId],
  );

  return { filters, setFilters, clearedQuery: clearedFiltersQuery(defaultPlaceId) };
}
