import { countText } from '../../../shared/utils/count-text';
import { sectorLabel } from '../utils/network-colours';
import { formatFigure, formatIndex, formatShare, formatStrength } from '../utils/network-format';
import type { PartnerNetwork } from '../utils/network-graph';
import { networkHelp } from '../utils/network-help';

interface Figure {
  key: string;
  title: string;
  value: string;
  help: string;
}

function figures(network: PartnerNetwork): Figure[] {
  const figure = (key: Parameters<typeof networkHelp>[0], value: string): Figure => ({ key, ...networkHelp(key), value });
  return [
    figure('partners', `${countText(network.nodes.length, 'partner')}, ${countText(network.ties.length, 'tie')}`),
    figure('respondentOrganisations', network.respondentOrganisations.toLocaleString('en-GB')),
    figure('density', formatFigure(network.density, formatShare)),
    figure('reciprocity', formatFigure(network.reciprocity, formatShare)),
    figure('eiIndex', formatFigure(network.eiIndex, formatIndex)),
    figure('communitySectorNmi', formatFigure(network.communitySectorNmi, formatStrength)),
    figure('components', network.componentCount.toLocaleString('en-GB')),
  ];
}

/** The month's network in a few figures, each with what it means and how it is worked out; then mixing by sector. */
export function NetworkSummary({ network }: { network: PartnerNetwork }) {
  const sectorHelp = networkHelp('sectorMixing');
  return (
    <>
      <dl className="app-network-figures">
        {figures(network).map((figure) => (
          <div key={figure.key} className="app-network-figures__item">
            <dt className="nhsuk-body-s nhsuk-u-margin-bottom-1">{figure.title}</dt>
            <dd className="nhsuk-u-margin-left-0">
              <span className="nhsuk-heading-s nhsuk-u-margin-bottom-1" data-testid={`network-${figure.key}`}>
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
            <span className="nhsuk-details__summary-text">{sectorHelp.title}</span>
          </summary>
          <div className="nhsuk-details__text">
            <p>{sectorHelp.help}</p>
            <div className="app-scroll-table" role="region" aria-label={sectorHelp.title} tabIndex={0}>
              <table className="nhsuk-table app-network-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{sectorHelp.title}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    {['Sector', 'Ties', 'Within the sector', 'E–I index'].map((column) => (
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
