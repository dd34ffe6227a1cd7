import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { claimFiltersFromSearchParams, searchParamsFromClaimFilters, type ClaimFilters } from '../utils/claim-filters';

/** The claims list's filters, kept in the URL query string so a filtered list can be shared and reloaded. */
export function useClaimFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => claimFiltersFromSearchParams(searchParams), [searchParams]);
  const setFilters = useCallback((next: ClaimFilters) => setSearchParams(searchParamsFromClaimFilters(next)), [setSearchParams]);
  return { filters, setFilters };
}
