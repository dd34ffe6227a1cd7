import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { peopleFiltersFrom, searchParamsFromPeopleFilters, type PeopleFilters } from '../utils/people-filters';

/** The people list's filters, kept in the URL query string. */
export function usePeopleFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => peopleFiltersFrom(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: PeopleFilters, options: { replace?: boolean } = {}) =>
      setSearchParams(searchParamsFromPeopleFilters(next), { replace: options.replace ?? false }),
    [setSearchParams],
  );
  return { filters, setFilters };
}
