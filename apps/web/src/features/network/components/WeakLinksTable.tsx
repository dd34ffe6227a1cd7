import { WEAK_LINK_KINDS } from '@stewardship/network';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { WeakLinkKind } from '../../../generated/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { useTableView, type SortValue } from '../hooks/useTableView';
import { weakLinkKindName, type WeakLinkRow } from '../utils/network-format';
import { MoreRows, SortHeader } from './SortHeader';

type Column = 'kind' | 'partner' | 'other' | 'reason';

const KIND_ORDER = (row: WeakLinkRow) => WEAK_LINK_KINDS.indexOf(row.kind);
const COLUMNS: Record<Column, SortValue<WeakLinkRow>> = {
  kind: KIND_ORDER,
  partner: (row) => row.source.name,
  other: (row) => row.target?.name ?? null,
  reason: (row) => row.reason,
};

const partnerLink = (partner: { id: string; name: string }) => <Link to={`/partners/${encodeURIComponent(partner.id)}`}>{partner.name}</Link>;

/** Every weak link of the month with its reason in words: sortable, filterable by kind, each row showing its link on the map. */
export function WeakLinksTable({ rows, onShow }: { rows: readonly WeakLinkRow[]; onShow: (row: WeakLinkRow) => void }) {
  const [kind, setKind] = useState<WeakLinkKind | undefined>(undefined);
  const filtered = useMemo(() => (kind ? rows.filter((row) => row.kind === kind) : rows), [rows, kind]);
  const { sort, sortBy, shown, total, showMore } = useTableView<WeakLinkRow, Column>(filtered, COLUMNS, { column: 'kind', direction: 'ascending' });
  const counts = useMemo(() => new Map(WEAK_LINK_KINDS.map((k) => [k, rows.filter((row) => row.kind === k).length])), [rows]);

  if (rows.length === 0) return <p className="nhsuk-body">No weak links are flagged this month.</p>;
  return (
    <>
      <FilterSelect<WeakLinkKind>
        id="weak-link-kind"
        label="Show"
        allLabel={`Every kind (${rows.length.toLocaleString('en-GB')})`}
        options={WEAK_LINK_KINDS.map((k) => ({ value: k, label: `${weakLinkKindName(k)} (${(counts.get(k) ?? 0).toLocaleString('en-GB')})` }))}
        value={kind}
        onChange={setKind}
      />
      <div className="app-scroll-table" role="region" aria-label="Weak links" tabIndex={0}>
        <table className="nhsuk-table app-network-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Weak links, each with its reason</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <SortHeader column="kind" label="Kind" sort={sort} onSort={sortBy} />
              <SortHeader column="partner" label="Partner" sort={sort} onSort={sortBy} />
              <SortHeader column="other" label="With" sort={sort} onSort={sortBy} />
              <SortHeader column="reason" label="Reason" sort={sort} onSort={sortBy} />
              <th className="nhsuk-table__header" scope="col">
                <span className="nhsuk-u-visually-hidden">On the map</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map((row) => (
              <tr className="nhsuk-table__row" key={row.id}>
                <td className="nhsuk-table__cell">{row.kindLabel}</td>
                <td className="nhsuk-table__cell">{partnerLink(row.source)}</td>
                <td className="nhsuk-table__cell">{row.target ? partnerLink(row.target) : ''}</td>
                <td className="nhsuk-table__cell">{row.reason}</td>
                <td className="nhsuk-table__cell">
                  <button type="button" className="app-link-button" onClick={() => onShow(row)}>
                    Show on the map
                    <span className="nhsuk-u-visually-hidden">
                      : {row.kindLabel.toLowerCase()}, {row.source.name}
                      {row.target ? ` and ${row.target.name}` : ''}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows shown={shown.length} total={total} noun="weak links" onShowMore={showMore} />
    </>
  );
}
