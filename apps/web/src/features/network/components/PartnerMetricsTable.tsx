import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { Link } from 'react-router';
import { useTableView, type SortValue } from '../hooks/useTableView';
import { changeText, formatBetweenness, formatStrength, type PartnerRow } from '../utils/network-format';
import { MoreRows, SortHeader } from './SortHeader';

type Column = 'name' | 'sector' | 'degree' | 'inDegree' | 'outDegree' | 'strength' | 'betweenness' | 'community' | 'strengthChange' | 'flags';

const COLUMNS: Record<Column, SortValue<PartnerRow>> = {
  name: (row) => row.node.name,
  sector: (row) => row.sector,
  degree: (row) => row.node.degree,
  inDegree: (row) => row.node.inDegree,
  outDegree: (row) => row.node.outDegree,
  strength: (row) => row.node.strength,
  betweenness: (row) => row.node.betweenness,
  community: (row) => row.node.community,
  strengthChange: (row) => row.node.strengthChange,
  flags: (row) => row.flags || null,
};

const { degree, inDegree, outDegree, strength, betweenness, community, change } = NETWORK_DEFINITIONS;
const HEADINGS: [Column, string][] = [
  ['name', 'Partner'],
  ['sector', 'Sector'],
  ['degree', degree.title],
  ['inDegree', inDegree.title],
  ['outDegree', outDegree.title],
  ['strength', strength.title],
  ['betweenness', betweenness.title],
  ['community', community.title],
  ['strengthChange', change.title],
  ['flags', 'Weak links'],
];

/** Every partner's network figures for the month, sortable: the map's accessible alternative. */
export function PartnerMetricsTable({ rows, onShow }: { rows: readonly PartnerRow[]; onShow: (id: string) => void }) {
  const { sort, sortBy, shown, total, showMore } = useTableView<PartnerRow, Column>(rows, COLUMNS, { column: 'name', direction: 'ascending' });
  return (
    <>
      <div className="app-scroll-table" role="region" aria-label="Partners’ network figures" tabIndex={0}>
        <table className="nhsuk-table app-network-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Partners’ network figures</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {HEADINGS.map(([column, label]) => (
                <SortHeader key={column} column={column} label={label} sort={sort} onSort={sortBy} />
              ))}
              <th className="nhsuk-table__header" scope="col">
                <span className="nhsuk-u-visually-hidden">On the map</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map(({ node, sector, flags }) => (
              <tr className="nhsuk-table__row" key={node.organisationId}>
                <th className="nhsuk-table__header" scope="row">
                  <Link to={`/partners/${encodeURIComponent(node.organisationId)}`}>{node.name}</Link>
                </th>
                <td className="nhsuk-table__cell">{sector}</td>
                <td className="nhsuk-table__cell">{node.degree}</td>
                <td className="nhsuk-table__cell">{node.inDegree}</td>
                <td className="nhsuk-table__cell">{node.outDegree}</td>
                <td className="nhsuk-table__cell">{formatStrength(node.strength)}</td>
                <td className="nhsuk-table__cell">{formatBetweenness(node.betweenness)}</td>
                <td className="nhsuk-table__cell">{node.community}</td>
                <td className="nhsuk-table__cell">
                  {node.degreeChange === null ? 'New this month' : changeText(node)}
                </td>
                <td className="nhsuk-table__cell">{flags}</td>
                <td className="nhsuk-table__cell">
                  <button type="button" className="app-link-button" onClick={() => onShow(node.organisationId)}>
                    Show on the map<span className="nhsuk-u-visually-hidden">: {node.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows shown={shown.length} total={total} noun="partners" onShowMore={showMore} />
    </>
  );
}
