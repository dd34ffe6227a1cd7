import { useEffect, useRef } from 'react';
import { countText } from '../../../shared/utils/count-text';
import { useSigmaMap } from '../hooks/useSigmaMap';
import type { MapSelection, MapStates } from '../utils/network-filters';
import type { ColourBy, GraphData } from '../utils/network-graph';
import { NetworkLegend } from './NetworkLegend';
import { PartnerSearch } from './PartnerSearch';

interface NetworkMapProps {
  /** "Northshire North, March 2026": what the map is of. */
  title: string;
  data: GraphData;
  states: MapStates;
  extent: { x: [number, number]; y: [number, number] } | null;
  colourBy: ColourBy;
  onSelect: (selection: MapSelection) => void;
  /** A partner to move the camera to (from search or a table); `at` makes asking twice move twice. */
  focus: { id: string; at: number } | null;
  onFind: (id: string) => void;
  partners: readonly { organisationId: string; name: string }[];
  ties: number;
  /** Once, when the map is first on screen, or cannot be drawn (no WebGL 2), or has nothing to draw. */
  onDrawn?: () => void;
}

/**
 * The network map: partners at their kept positions drawn with WebGL, with zoom buttons, partner search, the key to
 * its colours and shapes, and how much of the network the filters leave on it. Drag to pan, Ctrl (⌘) + wheel or
 * the buttons to zoom, hover to name a partner, click a partner or a tie for its details.
 */
export function NetworkMap({ title, data, states, extent, colourBy, onSelect, focus, onFind, partners, ties, onDrawn }: NetworkMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const { available, drawn, focusPartner, zoom } = useSigmaMap(container, { data, states, extent, onSelect });

  useEffect(() => {
    if (focus) focusPartner(focus.id);
  }, [focus, focusPartner]);

  const settled = drawn || !available || data.nodes.size === 0;
  useEffect(() => {
    if (settled) onDrawn?.();
  }, [settled, onDrawn]);

  const shown = `Showing ${states.shownPartners.toLocaleString('en-GB')} of ${countText(partners.length, 'partner')} and ${states.shownTies.toLocaleString('en-GB')} of ${countText(ties, 'tie')}.`;

  return (
    <figure className="app-network-map" aria-labelledby="network-map-caption">
      <figcaption id="network-map-caption" className="nhsuk-u-visually-hidden">
        Network map of {title}
      </figcaption>
      <div className="app-network-map__toolbar">
        <PartnerSearch partners={partners} onFind={onFind} />
        <div className="app-network-map__zoom" role="group" aria-label="Zoom the map">
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => zoom('in')} disabled={!available}>
            Zoom in
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => zoom('out')} disabled={!available}>
            Zoom out
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => zoom('reset')} disabled={!available}>
            Show all
          </button>
        </div>
      </div>
      {available ? (
        <div
          ref={container}
          className="app-network-map__canvas"
          role="img"
          aria-label={`Network map of ${title}: ${countText(partners.length, 'partner')} coloured by sector, ${countText(ties, 'tie')} drawn darker and thicker the stronger they are.`}
          aria-describedby="network-map-shown network-map-legend"
          aria-busy={!drawn || undefined}
          data-drawn={drawn || undefined}
        />
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>The map cannot be drawn in this browser (it needs WebGL 2). The tables below list every partner, tie and weak link.</p>
        </div>
      )}
      <p className="nhsuk-body-s nhsuk-u-margin-top-2" id="network-map-shown" role="status">
        {shown}
      </p>
      <NetworkLegend id="network-map-legend" sectors={[...data.nodes.values()].map((node) => node.sector)} colourBy={colourBy} />
    </figure>
  );
}
