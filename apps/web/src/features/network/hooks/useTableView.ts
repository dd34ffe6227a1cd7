import { useMemo, useState } from 'react';
import { sortRows, type SortDirection } from '../utils/network-format';

/** Rows shown at first, and added by each "Show more": an ICS's network has hundreds of partners and flags. */
export const TABLE_PAGE = 100;

export type SortValue<Row> = (row: Row) => string | number | null;

/**
 * A table's sorting (by one column; choosing it again reverses it) and how many of its rows are shown. The
 * columns are given as value functions by name.
 */
export function useTableView<Row, Column extends string>(rows: readonly Row[], columns: Record<Column, SortValue<Row>>, initial: { column: Column; direction: SortDirection }) {
  const [sort, setSort] = useState(initial);
  const [limit, setLimit] = useState(TABLE_PAGE);
  const sorted = useMemo(() => sortRows(rows, columns[sort.column], sort.direction), [rows, columns, sort]);

  function sortBy(column: Column) {
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  }

  return { sort, sortBy, shown: sorted.slice(0, limit), total: sorted.length, showMore: () => setLimit((current) => current + TABLE_PAGE) };
}
