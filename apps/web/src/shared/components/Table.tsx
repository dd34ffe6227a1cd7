import type { ReactNode, Ref } from 'react';
import { classNames } from '../utils/class-names';

interface ResponsiveTableProps {
  caption: string;
  /** Show the caption to screen readers only, when a heading above already says what the table is. */
  captionHidden?: boolean;
  columns: readonly string[];
  busy?: boolean;
  bodyRef?: Ref<HTMLTableSectionElement>;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** An NHS.UK responsive table: a table on wide screens, one card per row on a phone. Rows are built with <Row> and <Cell>. */
export function ResponsiveTable({ caption, captionHidden, columns, busy, bodyRef, id, className, children }: ResponsiveTableProps) {
  return (
    <div className="nhsuk-table-container">
      <table className={classNames('nhsuk-table nhsuk-table--responsive', className)} role="table" aria-busy={busy || undefined} id={id}>
        <caption className={classNames('nhsuk-table__caption', captionHidden && 'nhsuk-u-visually-hidden')}>{caption}</caption>
        {/* Explicit table roles, as NHS.UK's responsive table has them: its phone layout uses display: block,
            which strips table semantics in some browsers. */}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            {columns.map((column) => (
              <th className="nhsuk-table__header" scope="col" role="columnheader" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" ref={bodyRef}>
          {children}
        </tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return (
    <tr className="nhsuk-table__row" role="row">
      {children}
    </tr>
  );
}

/** A cell with the column heading repeated for the stacked phone layout (hidden from screen readers, which have the header). */
export function Cell({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </td>
  );
}
