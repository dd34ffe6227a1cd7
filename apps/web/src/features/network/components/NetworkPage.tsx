import { formatMonth } from '@stewardship/web-charts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { usePartnerNetwork } from '../hooks/usePartnerNetwork';
import { loadRenderer } from '../hooks/useSigmaMap';
import { mapStates, type MapSelection } from '../utils/network-filters';
import { partnerRows, weakLinkRows, type WeakLinkRow } from '../utils/network-format';
import { networkGraphData, positionExtent, tieChanges } from '../utils/network-graph';
import { searchParamsFromView, viewFromSearchParams, type NetworkView } from '../utils/network-params';
import { changeSummary, replayMonths } from '../utils/network-replay';
import { MonthReplay } from './MonthReplay';
import { NetworkDetails } from './NetworkDetails';
import { NetworkFilterForm } from './NetworkFilterForm';
import { NetworkMap } from './NetworkMap';
import { NetworkDefinitions, NetworkSummary } from './NetworkSummary';
import { PartnerMetricsTable } from './PartnerMetricsTable';
import { WeakLinksTable } from './WeakLinksTable';

/** /network: the partner network of a place (or the system) for a month: map, replay, weak links and every partner's figures. */
export function NetworkPage() {
  const viewer = useSignedInViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  // A place lead sees their own place's network, unless an administrator has granted them the system view.
  const placeLead = viewer.role === 'PLACE_LEAD' && viewer.place && !viewer.systemView ? viewer.place : null;
  const view = useMemo(() => {
    const chosen = viewFromSearchParams(searchParams);
    return placeLead ? { ...chosen, placeId: placeLead.id } : chosen;
  }, [searchParams, placeLead]);
  const setView = useCallback(
    (next: NetworkView, replace = false) => setSearchParams(searchParamsFromView(placeLead ? { ...next, placeId: undefined } : next), { replace }),
    [setSearchParams, placeLead],
  );

  const { options: places } = usePlaceOptions({ skip: Boolean(placeLead) });
  // The map's renderer loads while the month is on its way (the map says so if it cannot load).
  useEffect(() => void loadRenderer().catch(() => undefined), []);
  // The whole month and the month before are asked for once the map is on screen (or there is no map to draw).
  const [mapSettled, setMapSettled] = useState(false);
  const onMapDrawn = useCallback(() => setMapSettled(true), []);
  const { map, network, loading, failed, retry, previous, previousMonth, prefetch, isLoaded } = usePartnerNetwork(view.placeId, view.month, { details: mapSettled });
  if (map && !mapSettled && (map.month === null || map.suppressed)) setMapSettled(true);
  // The month the API shows when none is chosen, remembered from the answer to that request.
  const [defaultMonth, setDefaultMonth] = useState<string | null>(null);
  if (map && !view.month && map.month !== defaultMonth) setDefaultMonth(map.month);
  const placeName = placeLead?.name ?? places.find((place) => place.value === view.placeId)?.label ?? viewer.system.name;

  const [selection, setSelection] = useState<MapSelection>(null);
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [panelFocus, setPanelFocus] = useState(0);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (panelFocus > 0) panelHeading.current?.focus();
  }, [panelFocus]);

  const { sizeBy, colourBy, sector, kind, minStrength } = view;
  // The month before matters to the map only when ties are coloured by change (for the ones that broke).
  const previousOnMap = colourBy === 'changes' ? previous : null;
  // The map is drawn from the map's part of the month, before the whole month (figures, reasons, tables) arrives.
  const data = useMemo(() => (map ? networkGraphData(map, { sizeBy, colourBy, previous: previousOnMap }) : null), [map, sizeBy, colourBy, previousOnMap]);
  const states = useMemo(() => (data ? mapStates(data, { sector, kind, minStrength }, selection) : null), [data, sector, kind, minStrength, selection]);
  // Framed on the first month shown of a place, then kept, so that partners stay put while the months change.
  const [framing, setFraming] = useState<{ placeId: string | null; extent: ReturnType<typeof positionExtent> } | null>(null);
  if (map && map.nodes.length > 0 && (framing === null || framing.placeId !== map.placeId)) setFraming({ placeId: map.placeId, extent: positionExtent(map) });

  const weakRows = useMemo(() => (network ? weakLinkRows(network) : []), [network]);
  const metricRows = useMemo(() => (network ? partnerRows(network) : []), [network]);
  const months = useMemo(() => replayMonths(map?.ratedMonths ?? []), [map]);
  const changeText = useMemo(() => {
    if (!map) return '';
    if (previousMonth && !previous) return `Finding what changed since ${formatMonth(previousMonth)}…`;
    return changeSummary(tieChanges(map, previous), previousMonth);
  }, [map, previous, previousMonth]);

  const onMonth = useCallback((month: string, playing: boolean) => setView({ ...view, month }, playing), [setView, view]);
  const findPartner = useCallback((id: string) => {
    setSelection({ type: 'partner', id });
    setFocus({ id, at: Date.now() });
  }, []);
  /** From a table or the panel: open the details, move the camera (to a partner), and put keyboard focus on the details. */
  const show = (next: MapSelection, partnerId?: string) => {
    setSelection(next);
    if (partnerId) setFocus({ id: partnerId, at: Date.now() });
    setPanelFocus((count) => count + 1);
  };
  const showWeakLink = (row: WeakLinkRow) => show(row.linkId ? { type: 'link', id: row.linkId } : { type: 'partner', id: row.source.id }, row.source.id);

  const title = map?.month ? `${placeName}, ${formatMonth(map.month)}` : placeName;

  return (
    <>
      <DocumentTitle title="Partner network" />
      <h1>Partner network</h1>
      <p className="nhsuk-body-l">
        Who works with whom in {placeName}, from the relationship ratings in the monthly survey: each tie is an organisation&rsquo;s view of a partner, never a person&rsquo;s.
        Find weak, one-sided, declining and missing links, and the brokers the network depends on.
      </p>

      <NetworkFilterForm view={view} onChange={setView} places={places} fixedPlace={placeLead?.name} ratedMonths={map?.ratedMonths ?? []} defaultMonth={defaultMonth} />

      {loading && !map ? <LoadingMessage>Loading the partner network…</LoadingMessage> : null}
      {failed ? <ServiceProblem onRetry={retry}>The partner network could not be loaded. Try again.</ServiceProblem> : null}

      {map && !failed && map.month === null ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>No ratings yet. The network appears once partners&rsquo; respondents have rated their working relationships in the monthly survey.</p>
        </div>
      ) : null}

      {map && !failed && map.month && map.suppressed ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The network of {title} is not shown: {map.suppressionReason ?? 'too few partners rated their relationships to protect respondents'}.
          </p>
        </div>
      ) : null}

      {map && !failed && map.month && !map.suppressed && data && states ? (
        <div aria-busy={loading || !network || undefined}>
          <h2>{title}</h2>
          {network ? <NetworkSummary network={network} /> : <LoadingMessage>Loading the network&rsquo;s figures…</LoadingMessage>}

          <h2>Network map</h2>
          <MonthReplay months={months} month={view.month ?? map.month} onMonth={onMonth} isLoaded={isLoaded} prefetch={prefetch} changeText={changeText} />
          <div className="app-network-layout">
            <NetworkMap
              title={title}
              data={data}
              states={states}
              extent={framing?.extent ?? null}
              colourBy={colourBy}
              onSelect={setSelection}
              focus={focus}
              onFind={findPartner}
              partners={map.nodes}
              ties={map.ties.length}
              onDrawn={onMapDrawn}
            />
            <aside className="app-network-layout__panel" aria-label="Details of the partner or tie chosen">
              {network ? (
                <NetworkDetails network={network} data={data} selection={selection} onSelect={(next) => show(next, next?.type === 'partner' ? next.id : undefined)} headingRef={panelHeading} />
              ) : (
                <LoadingMessage>Loading the details…</LoadingMessage>
              )}
            </aside>
          </div>

          <h2>Weak links</h2>
          {network ? <WeakLinksTable rows={weakRows} onShow={showWeakLink} /> : <LoadingMessage>Loading the weak links…</LoadingMessage>}

          <h2>Partners&rsquo; network figures</h2>
          <p className="nhsuk-body">The figures behind the map, one row per partner.</p>
          {network ? <PartnerMetricsTable rows={metricRows} onShow={(id) => show({ type: 'partner', id }, id)} /> : <LoadingMessage>Loading the partners&rsquo; figures…</LoadingMessage>}
        </div>
      ) : null}

      <h2>How the figures are worked out</h2>
      <NetworkDefinitions />
    </>
  );
}
