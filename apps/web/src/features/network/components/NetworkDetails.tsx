import { NETWORK_DEFINITIONS as DEFINED } from '@stewardship/network';
import type { Ref } from 'react';
import { Link } from 'react-router';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { yesNo } from '../../../shared/utils/yes-no';
import type { MapSelection } from '../utils/network-filters';
import { changeText, formatBetweenness, formatChange, formatStrength, partnerTies, weakLinkKindName } from '../utils/network-format';
import { sectorLabel } from '../utils/network-colours';
import { pairKey, type GraphData, type NetworkWeakLink, type PartnerNetwork } from '../utils/network-graph';

interface NetworkDetailsProps {
  network: PartnerNetwork;
  data: GraphData;
  selection: MapSelection;
  onSelect: (selection: MapSelection) => void;
  /** The panel's heading takes focus when a table row opens it, so keyboard users land on what they asked for. */
  headingRef: Ref<HTMLHeadingElement>;
}

const partnerPath = (id: string) => `/partners/${encodeURIComponent(id)}`;

function Flags({ links, names }: { links: readonly NetworkWeakLink[]; names: Map<string, string> }) {
  if (links.length === 0) return <p className="nhsuk-body-s">No weak link flagged.</p>;
  return (
    <ul className="nhsuk-list app-network-flags">
      {links.map((link) => (
        <li key={link.id}>
          <strong>{weakLinkKindName(link.kind)}</strong>
          {link.targetId ? ` (${names.get(link.sourceId) ?? link.sourceId} and ${names.get(link.targetId) ?? link.targetId})` : ''}: {link.reason}
        </li>
      ))}
    </ul>
  );
}

/** The side panel: the chosen partner's metrics, flags and ties, or the chosen tie's figures and, when flagged, why. */
export function NetworkDetails({ network, data, selection, onSelect, headingRef }: NetworkDetailsProps) {
  const names = new Map(network.nodes.map((node) => [node.organisationId, node.name]));
  if (!selection) {
    return (
      <div className="app-network-details">
        <h2 className="nhsuk-heading-s" ref={headingRef} tabIndex={-1}>
          Details
        </h2>
        <p className="nhsuk-body-s">Click a partner or a tie on the map, find a partner by name, or choose one in the tables below, to see its figures here.</p>
      </div>
    );
  }

  if (selection.type === 'partner') {
    const node = network.nodes.find((candidate) => candidate.organisationId === selection.id);
    if (!node) {
      return (
        <div className="app-network-details">
          <h2 className="nhsuk-heading-s" ref={headingRef} tabIndex={-1}>
            Details
          </h2>
          <p className="nhsuk-body-s">That partner is not in this month&rsquo;s network.</p>
        </div>
      );
    }
    const flags = network.weakLinks.filter((link) => link.sourceId === node.organisationId || link.targetId === node.organisationId);
    const ties = partnerTies(network, node.organisationId);
    return (
      <div className="app-network-details">
        <h2 className="nhsuk-heading-s" ref={headingRef} tabIndex={-1}>
          {node.name}
        </h2>
        <p className="nhsuk-body-s">
          <Link to={partnerPath(node.organisationId)}>Partner page</Link>
        </p>
        <SummaryList>
          <SummaryRow label="Sector">{sectorLabel(node.sector)}</SummaryRow>
          <SummaryRow label={DEFINED.degree.title}>
            {node.degree} ({DEFINED.outDegree.title.toLowerCase()} {node.outDegree}, {DEFINED.inDegree.title.toLowerCase()} {node.inDegree})
          </SummaryRow>
          <SummaryRow label={DEFINED.strength.title}>{formatStrength(node.strength)}</SummaryRow>
          <SummaryRow label={DEFINED.betweenness.title}>{formatBetweenness(node.betweenness)}</SummaryRow>
          <SummaryRow label={DEFINED.community.title}>{node.community}</SummaryRow>
          <SummaryRow label={DEFINED.articulationPoints.title}>{yesNo(node.articulationPoint)}</SummaryRow>
          <SummaryRow label={DEFINED.isolates.title}>{yesNo(node.isolate)}</SummaryRow>
          <SummaryRow label={DEFINED.change.title}>{changeText(node)}</SummaryRow>
        </SummaryList>
        <h3 className="nhsuk-heading-xs">Flags</h3>
        <Flags links={flags} names={names} />
        <h3 className="nhsuk-heading-xs">Ties ({ties.length})</h3>
        {ties.length === 0 ? (
          <p className="nhsuk-body-s">No rated tie this month.</p>
        ) : (
          <div className="app-scroll-table app-network-details__ties" role="region" aria-label={`${node.name}: ties`} tabIndex={0}>
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{node.name}: ties, strongest first</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">
                    Partner
                  </th>
                  <th className="nhsuk-table__header" scope="col">
                    Strength
                  </th>
                  <th className="nhsuk-table__header" scope="col">
                    Its view
                  </th>
                  <th className="nhsuk-table__header" scope="col">
                    Their view
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {ties.map(({ tie, other, ownView, theirView }) => (
                  <tr className="nhsuk-table__row" key={tie.id}>
                    <th className="nhsuk-table__header" scope="row">
                      <button type="button" className="app-link-button" onClick={() => onSelect({ type: 'link', id: tie.id })}>
                        {other.name}
                      </button>
                    </th>
                    <td className="nhsuk-table__cell">{formatStrength(tie.strength)}</td>
                    <td className="nhsuk-table__cell">{ownView === null ? 'Not rated' : formatStrength(ownView)}</td>
                    <td className="nhsuk-table__cell">{theirView === null ? 'Not rated' : formatStrength(theirView)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    );
  }

  const edge = data.edges.get(selection.id);
  const [a, b] = edge ? [edge.source, edge.target] : selection.id.split('|');
  const tie = network.ties.find((candidate) => candidate.id === selection.id);
  const flags = network.weakLinks.filter((link) => link.targetId && pairKey(link.sourceId, link.targetId) === selection.id);
  const [source, target] = tie ? [tie.sourceId, tie.targetId] : [a, b];
  const sourceName = names.get(source) ?? source;
  const targetName = names.get(target) ?? target;
  return (
    <div className="app-network-details">
      <h2 className="nhsuk-heading-s" ref={headingRef} tabIndex={-1}>
        {sourceName} and {targetName}
      </h2>
      <p className="nhsuk-body-s">
        <button type="button" className="app-link-button" onClick={() => onSelect({ type: 'partner', id: source })}>
          Show {sourceName}
        </button>{' '}
        ·{' '}
        <button type="button" className="app-link-button" onClick={() => onSelect({ type: 'partner', id: target })}>
          Show {targetName}
        </button>
      </p>
      {tie ? (
        <SummaryList>
          <SummaryRow label={DEFINED.tieStrength.title}>{formatStrength(tie.strength)}</SummaryRow>
          <SummaryRow label={`${sourceName}’s view`}>
            {tie.forwardStrength === null ? 'Not rated' : `${formatStrength(tie.forwardStrength)} (${tie.forwardRatings} ratings)`}
          </SummaryRow>
          <SummaryRow label={`${targetName}’s view`}>
            {tie.backwardStrength === null ? 'Not rated' : `${formatStrength(tie.backwardStrength)} (${tie.backwardRatings} ratings)`}
          </SummaryRow>
          <SummaryRow label={DEFINED.reciprocityGap.title}>{tie.reciprocityGap === null ? 'None: rated one way only' : formatStrength(tie.reciprocityGap)}</SummaryRow>
          <SummaryRow label={DEFINED.bridges.title}>{yesNo(tie.bridge)}</SummaryRow>
          <SummaryRow label={DEFINED.change.title}>{formatChange(tie.strengthChange, 2)}</SummaryRow>
        </SummaryList>
      ) : (
        <p className="nhsuk-body-s">{edge?.attributes.status === 'broken' ? 'Rated the month before, not this month.' : 'No working relationship rated this month.'}</p>
      )}
      <h3 className="nhsuk-heading-xs">Flags</h3>
      <Flags links={flags} names={names} />
    </div>
  );
}
