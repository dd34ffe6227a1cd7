import { useElementWidth } from '@stewardship/web-charts';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NetworkLegend } from '../../network/components/NetworkLegend';
import { MAP_ASPECT, MAP_MAX_WIDTH, reviewMapLayout, reviewMapSummary, type ReviewMapLayout, type ReviewNetworkMap as ReviewNetworkMapData, type Segment } from '../utils/review-map';

/** The printed map is drawn at three device pixels per CSS pixel: about 290 dots per inch at 180 mm wide on A4. */
const PRINT_SCALE = 3;
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

  const byColour = new Map<string, ReviewMapLayout['partners']>();
  for (const partner of layout.partners) {
    const same = byColour.get(partner.colour);
    if (same) same.push(partner);
    else byColour.set(partner.colour, [partner]);
  }
  for (const [colour, partners] of byColour) {
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

/** Adds a partner's dot to the current path: a circle, a square (peripheral) or a larger diamond (single point of failure). */
function tracePartner(context: CanvasRenderingContext2D, { x, y, shape }: ReviewMapLayout['partners'][number], r: number) {
  if (shape === 'circle') {
    context.moveTo(x + r, y);
    context.arc(x, y, r, 0, 2 * Math.PI);
  } else if (shape === 'square') {
    context.rect(x - r, y - r, 2 * r, 2 * r);
  } else {
    const d = r * 1.8;
    context.moveTo(x, y - d);
    context.lineTo(x + d, y);
    context.lineTo(x, y + d);
    context.lineTo(x - d, y);
    context.closePath();
  }
}

interface ReviewNetworkMapProps {
  map: ReviewNetworkMapData;
  /** The link to the full map on the network page, for the caption. */
  fullMapLink: ReactNode;
  /** Once the map is drawn on screen and its printed image is ready (or there is nothing to draw): the board pack waits for it. */
  onSettled?: () => void;
}

/**
 * The month's network, small: every partner at its kept position as an equal dot coloured by sector, ties faint to
 * dark by strength, weak links in their kind's colour over them, single points of failure as diamonds. Drawn on a
 * canvas (20,000 ties are too many for SVG) at the screen's pixel density; print and the PDF get an image of it
 * drawn at print resolution instead, with the same words as its alt text. The section's tables are its data.
 */
export function ReviewNetworkMap({ map, fullMapLink, onSettled }: ReviewNetworkMapProps) {
  const [frame, measured] = useElementWidth<HTMLDivElement>(MAP_MAX_WIDTH);
  const width = Math.min(measured, MAP_MAX_WIDTH);
  const height = Math.round(width * MAP_ASPECT);
  const layout = useMemo(() => reviewMapLayout(map, width, height), [map, width, height]);
  const printLayout = useMemo(() => reviewMapLayout(map, MAP_MAX_WIDTH, Math.round(MAP_MAX_WIDTH * MAP_ASPECT)), [map]);
  const summary = useMemo(() => reviewMapSummary(map), [map]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [printImage, setPrintImage] = useState<{ url: string | null; loaded: boolean } | null>(null);
  const empty = map.suppressed || map.partners.length === 0;

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(layout.width * ratio);
    element.height = Math.round(layout.height * ratio);
    const context = element.getContext('2d');
    if (context) drawReviewMap(context, layout, ratio);
    setDrawn(true);
  }, [layout]);

  useEffect(() => {
    if (empty) return;
    setPrintImage(null);
    const element = document.createElement('canvas');
    element.width = printLayout.width * PRINT_SCALE;
    element.height = printLayout.height * PRINT_SCALE;
    const context = element.getContext('2d');
    if (!context) {
      setPrintImage({ url: null, loaded: true });
      return;
    }
    drawReviewMap(context, printLayout, PRINT_SCALE);
    let cancelled = false;
    // toBlob encodes off the main thread; the image is then a data: URL, which the content security policy allows.
    const reader = new FileReader();
    reader.onload = () => {
      if (!cancelled) setPrintImage({ url: typeof reader.result === 'string' ? reader.result : null, loaded: typeof reader.result !== 'string' });
    };
    // Without the image, print shows no map, but the board pack is not held up waiting for one.
    reader.onerror = () => {
      if (!cancelled) setPrintImage({ url: null, loaded: true });
    };
    element.toBlob((blob) => {
      if (cancelled) return;
      if (blob) reader.readAsDataURL(blob);
      else setPrintImage({ url: null, loaded: true });
    }, 'image/png');
    return () => {
      cancelled = true;
    };
  }, [printLayout, empty]);

  const settled = empty || (drawn && Boolean(printImage?.loaded));
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
        <canvas
          ref={canvas}
          className="app-review-map__canvas"
          style={{ width: layout.width, height: layout.height }}
          role="img"
          aria-label={summary}
          aria-describedby="review-map-legend"
          data-drawn={drawn || undefined}
        />
        {printImage?.url ? (
          <img
            className="app-review-map__print"
            src={printImage.url}
            alt={summary}
            width={printLayout.width}
            height={printLayout.height}
            onLoad={() => setPrintImage((image) => (image ? { ...image, loaded: true } : image))}
            onError={() => setPrintImage({ url: null, loaded: true })}
          />
        ) : null}
      </div>
      <figcaption id="review-map-caption" className="nhsuk-body-s nhsuk-u-margin-top-2">
        The network map, small. Its figures are in the tables below (weak links by kind, the most serious, new isolates and broken bridges). To find a
        partner or a tie, {fullMapLink}.
      </figcaption>
      <NetworkLegend id="review-map-legend" sectors={map.partners.map((partner) => partner.sector)} colourBy="weakLinks" />
    </figure>
  );
}
