import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ShowMore } from './ShowMore';
import { ServiceProblem } from './StatusMessages';

interface RegisterResultsProps {
  /** Plural, as it reads in the messages: "partners", "people". */
  noun: string;
  /** What the query has found so far; absent until the first answer. */
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean } } | undefined;
  /** Rows already in the table. */
  shown: number;
  /** "263 partners": what the status line says once the count is known. */
  countText: (total: number) => string;
  loading: boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  error: unknown;
  /** True when any search or filter narrows the list, so "Clear filters" is offered. */
  filtered: boolean;
  clearFiltersTo: string;
  /** Said when there is nothing at all; "There are no <noun> in the register yet." unless given. */
  emptyText?: string;
  onRetry: () => void;
  onShowMore: () => void;
  /** The table of results, shown when there are any. */
  children: ReactNode;
}

/** A register list's "Results": a live count, the load failure or empty state, the table and "Show more". */
export function RegisterResults({
  noun,
  connection,
  shown,
  countText,
  loading,
  loadingMore,
  moreFailed,
  error,
  filtered,
  clearFiltersTo,
  emptyText,
  onRetry,
  onShowMore,
  children,
}: RegisterResultsProps) {
  let status = '';
  if (loading && !loadingMore) status = `Loading ${noun}…`;
  else if (connection && !error) status = countText(connection.totalCount);

  return (
    <>
      <h2 className="nhsuk-heading-m">Results</h2>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {status}
      </p>
      {error && !loading ? <ServiceProblem onRetry={onRetry}>The list of {noun} could not be loaded. Try again.</ServiceProblem> : null}
      {!error && connection && connection.totalCount === 0 && !loading ? (
        filtered ? (
          <p className="nhsuk-body">
            No {noun} match your search and filters. <Link to={clearFiltersTo}>Clear filters</Link>
          </p>
        ) : (
          <p className="nhsuk-body">{emptyText ?? `There are no ${noun} in the register yet.`}</p>
        )
      ) : null}
      {!error && shown > 0 ? (
        <>
          {filtered ? (
            <p className="nhsuk-body">
              <Link to={clearFiltersTo}>Clear filters</Link>
            </p>
          ) : null}
          {children}
          {connection?.pageInfo.hasNextPage ? (
            <ShowMore shown={shown} total={connection.totalCount} noun={noun} loading={loadingMore} failed={moreFailed} onShowMore={onShowMore} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
