import { formatMonth } from '@stewardship/web-charts';
import { rgb, scaleLinear, scaleQuantize } from 'd3';
import type { WeakLinkKind } from '../../../generated/graphql';
import { countText } from '../../../shared/utils/count-text';
import { sectorColour } from '../../network/utils/network-colours';
import { KIND_COLOURS, KIND_PRIORITY, TIE_GREY, tieWidth } from '../../network/utils/network-graph';
import { weakLinkKindName, type MonthlyReview } from './review-format';

/** The month's network as the small map draws it: partners, ties as columns of partner numbers, and weak links so by kind. */
export type ReviewNetworkMap = NonNullable<MonthlyReview['networkMap']>;

export type PartnerShape = 'circle' | 'diamond' | 'square';

/** A straight line between two partners, in canvas (CSS) pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ReviewMapLayout {
  width: number;
  height: number;
  /** Every dot the same size (DOMAIN.md: no partner drawn bigger than another). */
  dotRadius: number;
  partners: { x: number; y: number; colour: string; shape: PartnerShape }[];
  /** Ties in bands of strength, weakest first, so stronger ties are drawn over weaker: one stroke per band. */
  tieBands: { strength: number; colour: string; width: number; segments: Segment[] }[];
  /** Weak links (pairs) by the kind most worth acting on first, least pressing first so the most pressing are on top. */
  weakLinks: { kind: WeakLinkKind; colour: string; width: number; segments: Segment[] }[];
}

/** The small map is 4:3 and at most A4's printable width (180 mm, 680 CSS pixels), as the board pack prints it. */
export const MAP_ASPECT = 3 / 4;
export const MAP_MAX_WIDTH = 680;
/** A diamond's half-diagonal, in dot radii: larger than a dot, so a single point of failure stands out. */
export const DIAMOND_SCALE = 1.8;
/** Room for a dot at the edge. */
const MAP_PADDING = 8;
/** Ties as the network page draws them (tieWidth), thinned to fit a map a fraction of its size. */
const TIE_WIDTH_SCALE = 0.3;
const WEAK_LINK_WIDTH = 0.75;
/**
 * Up to this many weak links of a kind are drawn solid in its colour; more are fainter by the square root of how many
 * more, so the large demo's 3,000 missing ties do not bury its hundred declining ones.
 */
const SOLID_WEAK_LINKS = 200;
/** Strength is drawn in this many bands: more would not be told apart at these widths. */
const STRENGTH_BANDS = 5;
/**
 * Up to this many ties each is drawn at the network page's opacity (0.2 to 0.8 by strength); more are fainter, by the
 * square root of how many more, so 20,000 ties on a small map are a texture rather than a grey block.
 */
const FULL_OPACITY_TIES = 1000;

/**
 * Where the small map draws each partner, tie and weak link for a canvas `width` × `height` CSS pixels: the partners'
 * kept positions (the network page's, never laid out here) scaled alike on both axes to fit, y up as on the network
 * page; sector colours, diamonds for partners whose departure would split the network, squares for peripheral partners.
 */
export function reviewMapLayout(map: ReviewNetworkMap, width: number, height: number): ReviewMapLayout {
  const { xs, ys, sectors } = map.partners;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  // One scale for both axes, so the map keeps the network page's shape; a partner with no spread sits in the middle.
  const k = Math.min(x1 > x0 ? (width - 2 * MAP_PADDING) / (x1 - x0) : Infinity, y1 > y0 ? (height - 2 * MAP_PADDING) / (y1 - y0) : Infinity);
  const scale = Number.isFinite(k) ? k : 0;
  const [cx, cy] = [width / 2, height / 2];
  const x = scaleLinear().domain([x0, x1]).range([cx - (scale * (x1 - x0)) / 2, cx + (scale * (x1 - x0)) / 2]);
  const y = scaleLinear().domain([y0, y1]).range([cy + (scale * (y1 - y0)) / 2, cy - (scale * (y1 - y0)) / 2]);
  const at = xs.map((partnerX, i) => ({ x: x(partnerX), y: y(ys[i]) }));
  const segment = (a: number, b: number): Segment => ({ x1: at[a].x, y1: at[a].y, x2: at[b].x, y2: at[b].y });

  const articulationPoints = new Set(map.partners.articulationPoints);
  const peripheral = new Set<number>();
  const pairKinds = new Map<string, WeakLinkKind>();
  for (const { kind, sources, targets } of map.weakLinks) {
    sources.forEach((source, i) => {
      const target = targets[i];
      if (target === null || target === undefined) {
        if (kind === 'PERIPHERAL') peripheral.add(source);
        return;
      }
      const key = `${Math.min(source, target)}|${Math.max(source, target)}`;
      const drawn = pairKinds.get(key);
      if (!drawn || KIND_PRIORITY.indexOf(kind) < KIND_PRIORITY.indexOf(drawn)) pairKinds.set(key, kind);
    });
  }

  const band = scaleQuantize<number>()
    .domain([0, 1])
    .range(Array.from({ length: STRENGTH_BANDS }, (_, i) => (i + 0.5) / STRENGTH_BANDS));
  const fade = Math.min(1, Math.sqrt(FULL_OPACITY_TIES / Math.max(1, map.ties.strengths.length)));
  const tieBands = band.range().map((strength) => ({
    strength,
    colour: `rgba(${TIE_GREY.join(',')},${((0.2 + 0.6 * strength) * fade).toFixed(3)})`,
    width: tieWidth(strength) * TIE_WIDTH_SCALE,
    segments: [] as Segment[],
  }));
  map.ties.strengths.forEach((strength, i) => {
    tieBands[band.range().indexOf(band(strength))].segments.push(segment(map.ties.sources[i], map.ties.targets[i]));
  });

  const weakLinks = [...KIND_PRIORITY]
    .reverse()
    .filter((kind) => kind !== 'PERIPHERAL')
    .map((kind) => ({ kind, colour: KIND_COLOURS[kind], width: WEAK_LINK_WIDTH, segments: [] as Segment[] }));
  const groupOf = new Map<WeakLinkKind, (typeof weakLinks)[number]>(weakLinks.map((group) => [group.kind, group]));
  for (const [key, kind] of pairKinds) {
    const [a, b] = key.split('|').map(Number);
    groupOf.get(kind)?.segments.push(segment(a, b));
  }
  for (const group of weakLinks) {
    const colour = rgb(group.colour);
    colour.opacity = Math.min(1, Math.sqrt(SOLID_WEAK_LINKS / Math.max(1, group.segments.length)));
    group.colour = colour.toString();
  }

  return {
    width,
    height,
    dotRadius: sectors.length > 200 ? 2.5 : 4,
    partners: sectors.map((sector, i) => ({
      ...at[i],
      colour: sectorColour(sector),
      shape: articulationPoints.has(i) ? 'diamond' : peripheral.has(i) ? 'square' : 'circle',
    })),
    tieBands,
    weakLinks,
  };
}

/** How many weak links of each kind the map draws (a pair flagged twice counts under both kinds, as the section's table counts). */
export function weakLinkKindCounts(map: ReviewNetworkMap): Map<WeakLinkKind, number> {
  const counts = new Map<WeakLinkKind, number>(KIND_PRIORITY.map((kind) => [kind, 0]));
  for (const { kind, sources } of map.weakLinks) counts.set(kind, (counts.get(kind) ?? 0) + sources.length);
  return counts;
}

/**
 * The map in words, for its accessible name and the printed image's alt text: what is drawn and how many of each,
 * e.g. "Network map of October 2026: 40 partners as dots coloured by sector (1 single point of failure as a diamond,
 * 1 isolated or peripheral partner as a square), 120 ties darker and thicker the stronger they are, and weak links
 * in colour by kind: 2 declining ties, 6 one-sided ties, 4 weak ties, 0 missing ties."
 */
export function reviewMapSummary(map: ReviewNetworkMap): string {
  const month = map.month ? formatMonth(map.month) : 'the latest month';
  const counts = weakLinkKindCounts(map);
  const articulation = map.partners.articulationPoints.length;
  const peripheral = counts.get('PERIPHERAL') ?? 0;
  const marked = [
    articulation ? `${countText(articulation, 'single point of failure', 'single points of failure')} as ${articulation === 1 ? 'a diamond' : 'diamonds'}` : null,
    peripheral ? `${countText(peripheral, weakLinkKindName('PERIPHERAL').toLowerCase())} as ${peripheral === 1 ? 'a square' : 'squares'}` : null,
  ].filter(Boolean);
  const kinds = KIND_PRIORITY.filter((kind) => kind !== 'PERIPHERAL')
    .map((kind) => countText(counts.get(kind) ?? 0, weakLinkKindName(kind).toLowerCase()))
    .join(', ');
  return (
    `Network map of ${month}: ${countText(map.partners.sectors.length, 'partner')} as dots coloured by sector` +
    (marked.length ? ` (${marked.join(', ')})` : '') +
    `, ${countText(map.ties.strengths.length, 'tie')} darker and thicker the stronger they are, and weak links in colour by kind: ${kinds}.`
  );
}

const at2 = (value: number) => Math.round(value * 100) / 100;

/** SVG path data for straight lines, to two decimals of a CSS pixel: one path for many lines. */
export function segmentsPath(segments: readonly Segment[]): string {
  return segments.map(({ x1, y1, x2, y2 }) => `M${at2(x1)} ${at2(y1)}L${at2(x2)} ${at2(y2)}`).join('');
}

/** SVG path data for partners' dots of radius `r`: circles, squares (peripheral) and larger diamonds (single points of failure). */
export function partnersPath(partners: readonly ReviewMapLayout['partners'][number][], r: number): string {
  return partners
    .map(({ x, y, shape }) => {
      if (shape === 'circle') return `M${at2(x - r)} ${at2(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
      if (shape === 'square') return `M${at2(x - r)} ${at2(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
      const d = r * DIAMOND_SCALE;
      return `M${at2(x)} ${at2(y - d)}L${at2(x + d)} ${at2(y)}L${at2(x)} ${at2(y + d)}L${at2(x - d)} ${at2(y)}Z`;
    })
    .join('');
}

/** Whether the review's network section draws the map: the section has figures and the API sent the month's map. */
export function reviewDrawsNetworkMap(review: MonthlyReview): boolean {
  return !review.network.missingReason && review.networkMap !== null && review.networkMap !== undefined;
}
