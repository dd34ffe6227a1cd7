import type { SortDirection } from '../utils/network-format';

interface SortHeaderProps<Column extends string> {
  column: Column;
  label: string;
  sort: { column: Column; direction: SortDirection };
  onSort: (column: Column) => void;
}

/** A column heading that sorts the table by it; aria-sort tells screen readers which column and which way. */
export function SortHeader<Column extends string>({ column, label, sort, onSort }: SortHeaderProps<Column>) {
  const active = sort.column === column;
  return (
    <th className="nhsuk-table__header" scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="app-sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** "Showing 100 of 240." and a button for the next hundred, under a long table. */
export function MoreRows({ shown, total, noun, onShowMore }: { shown: number; total: number; noun: string; onShowMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="nhsuk-body">
      Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} {noun}.{' '}
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onShowMore}>
        Show more {noun}
      </button>
    </p>
  );
}
