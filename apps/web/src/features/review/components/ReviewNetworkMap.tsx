import { useElementWidth } from '@stewardship/web-charts';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NetworkLegend } from '../../network/components/NetworkLegend';
import {
  DIAMOND_SCALE,
  MAP_ASPECT,
  MAP_MAX_WIDTH,
  partnersPath,
  reviewMapLayout,
  reviewMapSummary,
  segmentsPath,
  type ReviewMapLayout,
  type ReviewNetworkMap as ReviewNetworkMapData,
  type Segment,
} from '../utils/review-map';
/** Outline of the diamonds, so a single point of failure stands out of a crowd of dots. */
const MARK_OUTLINE = '#212b32';

function strokeSegments(context: CanvasRenderingContext2D, segments: readonly Segment[], colour: string, width: number) {
  if (segments.length === 0) return;
  context.beginPath();
  for (const { x1, y1, x2, y2 } of segments) {
    context.moveTo(x1, y1);
    context.lineTo(x2, y2);
  }
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.stroke();
}

/** Paints a laid-out map on a canvas `scale` device pixels to the CSS pixel: ties by strength, weak links over them, partners on top. */
function drawReviewMap(context: CanvasRenderingContext2D, layout: ReviewMapLayout, scale: number) {
  context.setTransform(scale, 0, 0, scale, 0, 0);
  // White, not transparent: the printed image and a dark-mode viewer both see the map as the network page shows it.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.lineCap = 'round';
  for (const band of layout.tieBands) strokeSegments(context, band.segments, band.colour, band.width);
  for (const group of layout.weakLinks) strokeSegments(context, group.segments, group.colour, group.width);

  for (const [colour, partners] of partnersByColour(layout)) {
    context.beginPath();
    for (const partner of partners) tracePartner(context, partner, layout.dotRadius);
    context.fillStyle = colour;
    context.fill();
  }
  context.beginPath();
  for (const partner of layout.partners) if (partner.shape === 'diamond') tracePartner(context, partner, layout.dotRadius);
  context.strokeStyle = MARK_OUTLINE;
  context.lineWidth = 1;
  context.stroke();
}

function partnersByColour(layout: ReviewMapLayout): Map<string, ReviewMapLayout['partners']> {
  const byColour = new Map<string, ReviewMapLayout['partners']>();
  for (const partner of layout.partners) {
    const same = byColour.get(partner.colour);
    if (same) same.push(partner);
    else byColour.set(partner.colour, [partner]);
  }
  return byColour;
}

/** Adds a partner's dot to the current path: a circle, a square (peripheral) or a larger diamond (single point of failure). */
function tracePartner(context: CanvasRenderingContext2D, { x, y, shape }: ReviewMapLayout['partners'][number], r: number) {
  if (shape === 'circle') {
    context.moveTo(x + r, y);
    context.arc(x, y, r, 0, 2 * Math.PI);
  } else if (shape === 'square') {
    context.rect(x - r, y - r, 2 * r, 2 * r);
  } else {
    const d = r * DIAMOND_SCALE;
    context.moveTo(x, y - d);
    context.lineTo(x + d, y);
    context.lineTo(x, y + d);
    context.lineTo(x - d, y);
    context.closePath();
  }
}

/**
 * The map for print and the PDF: one path per band of ties, per kind of weak link and per sector colour, so it is a
 * handful of elements however many ties there are. Hidden on screen, where the canvas is shown.
 */
function PrintedMap({ layout, summary }: { layout: ReviewMapLayout; summary: string }) {
  const r = layout.dotRadius;
  return (
    <svg className="app-review-map__print" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} role="img" aria-label={summary}>
      <g fill="none" strokeLinecap="round">
        {[...layout.tieBands, ...layout.weakLinks].map((group) =>
          group.segments.length ? <path key={'kind' in group ? group.kind : group.strength} d={segmentsPath(group.segments)} stroke={group.colour} strokeWidth={group.width} /> : null,
        )}
      </g>
      {[...partnersByColour(layout)].map(([colour, partners]) => (
        <path key={colour} d={partnersPath(partners, r)} fill={colour} />
      ))}
      <path d={partnersPath(layout.partners.filter((partner) => partner.shape === 'diamond'), r)} fill="none" stroke={MARK_OUTLINE} strokeWidth={1} />
    </svg>
  );
}

interface ReviewNetworkMapProps {
  map: ReviewNetworkMapData;
  /** The link to the full map on the network page, for the caption. */
  fullMapLink: ReactNode;
  /** Once the map is drawn on screen (or there is nothing to draw). */
  onSettled?: () => void;
  /** Only ever printed (the board pack): the SVG alone, with no canvas to draw for a screen nobody sees. */
  printOnly?: boolean;
}

/**
 * The month's network, small: every partner at its kept position as an equal dot coloured by sector, ties faint to
 * dark by strength, weak links in their kind's colour over them, single points of failure as diamonds. Drawn on a
 * canvas (20,000 ties as SVG elements would be too many) at the screen's pixel density; print and the PDF get the
 * same map as a few SVG paths instead (vector, sharp at any size, no image to encode), with the same words as its
 * accessible name. The section's tables are its data.
 */
export function ReviewNetworkMap({ map, fullMapLink, onSettled, printOnly = false }: ReviewNetworkMapProps) {
  const [frame, measured] = useElementWidth<HTMLDivElement>(MAP_MAX_WIDTH);
  const width = Math.min(measured, MAP_MAX_WIDTH);
  const height = Math.round(width * MAP_ASPECT);
  // The screen's canvas only: the board pack prints the SVG alone.
  const layout = useMemo(() => (printOnly ? null : reviewMapLayout(map, width, height)), [map, width, height, printOnly]);
  const printLayout = useMemo(() => reviewMapLayout(map, MAP_MAX_WIDTH, Math.round(MAP_MAX_WIDTH * MAP_ASPECT)), [map]);
  const summary = useMemo(() => reviewMapSummary(map), [map]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const empty = map.suppressed || map.partners.sectors.length === 0;

  useEffect(() => {
    const element = canvas.current;
    if (!element || !layout) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(layout.width * ratio);
    element.height = Math.round(layout.height * ratio);
    const context = element.getContext('2d');
    if (context) drawReviewMap(context, layout, ratio);
    setDrawn(true);
  }, [layout]);

  const settled = empty || drawn || printOnly;
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);

  if (empty) {
    return (
      <>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{map.suppressed ? `The map is not drawn. ${map.suppressionReason ?? 'Hidden to protect respondents'}.` : 'The map is not drawn: no partner has a tie this month.'}</p>
        </div>
        <p className="nhsuk-body-s">To look at other months, {fullMapLink}.</p>
      </>
    );
  }

  return (
    <figure className="app-review-map" aria-labelledby="review-map-caption">
      <div ref={frame} className="app-review-map__frame">
        {layout ? (
          <canvas
            ref={canvas}
            className="app-review-map__canvas"
            style={{ width: layout.width, height: layout.height }}
            role="img"
            aria-label={summary}
            aria-describedby="review-map-legend"
            data-drawn={drawn || undefined}
          />
        ) : null}
        <PrintedMap layout={printLayout} summary={summary} />
      </div>
      <figcaption id="review-map-caption" className="nhsuk-body-s nhsuk-u-margin-top-2">
        The network map, small. Its figures are in the tables below (weak links by kind, the most serious, new isolates and broken bridges). To find a
        partner or a tie, {fullMapLink}.
      </figcaption>
      <NetworkLegend id="review-map-legend" sectors={map.partners.sectors} colourBy="weakLinks" />
    </figure>
  );
}
