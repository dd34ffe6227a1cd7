import { ChartDataTable, formatMonth } from '@stewardship/web-charts';
import { Link } from 'react-router';
import { networkLink, type ReviewScope } from '../utils/review-links';
import { weakLinkKindName, type MonthlyReview } from '../utils/review-format';
import { ReviewNetworkMap } from './ReviewNetworkMap';

interface NetworkSectionProps {
  network: MonthlyReview['network'];
  /** The month's map; null when the API has none to send. */
  networkMap: MonthlyReview['networkMap'];
  scope: ReviewScope;
  /** Once the map has drawn (the board pack waits for it). */
  onMapSettled?: () => void;
  /** The board pack: only ever printed. */
  printOnly?: boolean;
}

/** The month's network in brief: its size, a small map, weak links by kind and the most serious, new isolates and broken bridges. */
export function NetworkSection({ network, networkMap, scope, onMapSettled, printOnly = false }: NetworkSectionProps) {
  const before = network.previousMonth ? formatMonth(network.previousMonth) : null;
  const fullMapLink = <Link to={networkLink(scope)}>open the network map for {formatMonth(scope.month)}</Link>;
  return (
    <>
      <dl className="app-figure-values">
        <div>
          <dt>Partners</dt>
          <dd>{network.partners ?? ''}</dd>
        </div>
        <div>
          <dt>Ties</dt>
          <dd>{network.ties ?? ''}</dd>
        </div>
        <div>
          <dt>Partners responding</dt>
          <dd>{network.respondentOrganisations ?? ''}</dd>
        </div>
      </dl>
      {networkMap ? <ReviewNetworkMap map={networkMap} fullMapLink={fullMapLink} onSettled={onMapSettled} printOnly={printOnly} /> : <p className="nhsuk-body-s">{fullMapLink}.</p>}

      <h3 className="nhsuk-heading-s">Weak links by kind</h3>
      <ChartDataTable
        caption="Weak links by kind"
        columns={['Kind', 'Weak links', 'On the map']}
        rows={network.weakLinkCounts.map((count) => ({
          key: count.kind,
          header: weakLinkKindName(count.kind),
          cells: [
            String(count.count),
            count.count > 0 ? (
              <Link to={networkLink(scope, { kind: count.kind })}>
                Show<span className="nhsuk-u-visually-hidden"> {weakLinkKindName(count.kind).toLowerCase()} links on the map</span>
              </Link>
            ) : (
              ''
            ),
          ],
        }))}
      />

      <h3 className="nhsuk-heading-s">The most serious weak links</h3>
      {network.mostSerious.length === 0 ? (
        <p className="nhsuk-body">No weak links this month.</p>
      ) : (
        <ol className="nhsuk-list nhsuk-list--number">
          {network.mostSerious.map((link) => (
            <li key={link.id}>
              <strong>
                <Link to={`/partners/${encodeURIComponent(link.sourceId)}`}>{link.sourceName}</Link>
                {link.targetId && link.targetName ? (
                  <>
                    {' – '}
                    <Link to={`/partners/${encodeURIComponent(link.targetId)}`}>{link.targetName}</Link>
                  </>
                ) : null}
              </strong>
              : {weakLinkKindName(link.kind).toLowerCase()}. {link.reason}
              {link.alsoFlagged.length ? ` Also flagged: ${link.alsoFlagged.map((kind) => weakLinkKindName(kind).toLowerCase()).join(', ')}.` : null}
            </li>
          ))}
        </ol>
      )}

      <h3 className="nhsuk-heading-s">New isolates</h3>
      {!before ? (
        <p className="nhsuk-body">No earlier month rated to compare with.</p>
      ) : network.newIsolates.length === 0 ? (
        <p className="nhsuk-body">No partner lost all its ties since {before}.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {network.newIsolates.map((isolate) => (
            <li key={isolate.organisationId}>
              <Link to={`/partners/${encodeURIComponent(isolate.organisationId)}`}>{isolate.name}</Link>: no ties now, {isolate.previousDegree} in {before}
            </li>
          ))}
        </ul>
      )}

      <h3 className="nhsuk-heading-s">Broken bridges</h3>
      {!before ? (
        <p className="nhsuk-body">No earlier month rated to compare with.</p>
      ) : network.brokenBridges.length === 0 ? (
        <p className="nhsuk-body">No bridge tie of {before} is gone.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {network.brokenBridges.map((bridge) => (
            <li key={bridge.id}>
              <Link to={`/partners/${encodeURIComponent(bridge.sourceId)}`}>{bridge.sourceName}</Link> –{' '}
              <Link to={`/partners/${encodeURIComponent(bridge.targetId)}`}>{bridge.targetName}</Link>: a bridge in {before}, no rating either way now
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
