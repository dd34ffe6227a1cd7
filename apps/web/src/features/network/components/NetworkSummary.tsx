import { NETWORK_DEFINITIONS, type NetworkDefinitionKey } from '@stewardship/network';
import { countText } from '../../../shared/utils/count-text';
import { sectorLabel } from '../utils/network-colours';
import { formatFigure, formatIndex, formatShare, formatStrength } from '../utils/network-format';
import type { PartnerNetwork } from '../utils/network-graph';

interface Figure {
  key: string;
  title: string;
  value: string;
  help: string;
}

function figures(network: PartnerNetwork): Figure[] {
  const figure = (key: NetworkDefinitionKey, value: string): Figure => ({ key, ...NETWORK_DEFINITIONS[key], value });
  return [
    {
      key: 'partners',
      title: 'Partners and ties',
      value: `${countText(network.nodes.length, 'partner')}, ${countText(network.ties.length, 'tie')}`,
      help: `Partners in this network, and the pairs of them with a tie rated either way this month, rated by ${countText(network.respondentOrganisations, 'organisation')}.`,
    },
    figure('density', formatFigure(network.density, formatShare)),
    figure('reciprocity', formatFigure(network.reciprocity, formatShare)),
    figure('eiIndex', formatFigure(network.eiIndex, formatIndex)),
    figure('communitySectorNmi', formatFigure(network.communitySectorNmi, formatStrength)),
    figure('components', network.componentCount.toLocaleString('en-GB')),
  ];
}

/** The month's network in a few figures, each with what it is and how it is worked out; then ties within and across sectors. */
export function NetworkSummary({ network }: { network: PartnerNetwork }) {
  return (
    <>
      <dl className="app-network-figures">
        {figures(network).map((figure) => (
          <div key={figure.key} className="app-network-figures__item">
            <dt className="nhsuk-body-s nhsuk-u-margin-bottom-1">{figure.title}</dt>
            <dd>
              <span className="app-network-figures__value" data-testid={`network-${figure.key}`}>
                {figure.value}
              </span>
              <span className="nhsuk-body-s app-secondary-text">{figure.help}</span>
            </dd>
          </div>
        ))}
      </dl>
      {network.sectors.length > 0 ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Ties within and across sectors</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>
              {NETWORK_DEFINITIONS.internalShare.help} {NETWORK_DEFINITIONS.eiIndex.help}
            </p>
            <div className="app-scroll-table" role="region" aria-label="Ties within and across sectors" tabIndex={0}>
              <table className="nhsuk-table app-network-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Ties within and across sectors</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    {['Sector', 'Ties', NETWORK_DEFINITIONS.internalShare.title, NETWORK_DEFINITIONS.eiIndex.title].map((column) => (
                      <th className="nhsuk-table__header" scope="col" key={column}>
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {network.sectors.map((row) => (
                    <tr className="nhsuk-table__row" key={row.sector}>
                      <th className="nhsuk-table__header" scope="row">
                        {sectorLabel(row.sector)}
                      </th>
                      <td className="nhsuk-table__cell">{row.ties.toLocaleString('en-GB')}</td>
                      <td className="nhsuk-table__cell">{formatFigure(row.internalShare, formatShare)}</td>
                      <td className="nhsuk-table__cell">{formatFigure(row.eiIndex, formatIndex)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </details>
      ) : null}
    </>
  );
}

/** Every figure and kind of weak link on the page, with how it is worked out, as the network lib defines them. */
export function NetworkDefinitions() {
  return (
    <dl className="nhsuk-summary-list">
      {(Object.keys(NETWORK_DEFINITIONS) as NetworkDefinitionKey[]).map((key) => (
        <div className="nhsuk-summary-list__row" key={key}>
          <dt className="nhsuk-summary-list__key">{NETWORK_DEFINITIONS[key].title}</dt>
          <dd className="nhsuk-summary-list__value">{NETWORK_DEFINITIONS[key].help}</dd>
        </div>
      ))}
    </dl>
  );
}
