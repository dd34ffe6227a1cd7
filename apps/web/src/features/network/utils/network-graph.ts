import Graph from 'graphology';
import type { PartnerNetworkQuery, WeakLinkKind } from '../../../generated/graphql';
import { sectorColour } from './network-colours';

export type PartnerNetwork = PartnerNetworkQuery['partnerNetwork'];
export type NetworkNode = PartnerNetwork['nodes'][number];
export type NetworkTie = PartnerNetwork['ties'][number];
export type NetworkWeakLink = PartnerNetwork['weakLinks'][number];
/**
 * What the map draws of a month: the compact PartnerNetworkMap answer, fetched first, decoded (network-map.ts); a
 * whole month (PartnerNetwork) has all of it.
 */
export interface MapNetwork extends Pick<PartnerNetwork, 'month' | 'placeId' | 'ratedMonths' | 'suppressed' | 'suppressionReason'> {
  nodes: Pick<NetworkNode, 'organisationId' | 'name' | 'sector' | 'betweenness' | 'articulationPoint' | 'x' | 'y'>[];
  ties: Pick<NetworkTie, 'sourceId' | 'targetId' | 'strength' | 'strengthChange'>[];
  weakLinks: Pick<NetworkWeakLink, 'kind' | 'sourceId' | 'targetId'>[];
}

/** Equal-size dots by default (DOMAIN.md: no partner drawn bigger than another), or sized by betweenness (brokers). */
export type SizeBy = 'equal' | 'betweenness';
/** What a tie's colour says: its weak-link kind, or how it changed since the month before. */
export type ColourBy = 'weakLinks' | 'changes';
export type TieChange = 'formed' | 'weakened' | 'broken';
/** A rated tie, a MISSING pair (co-affected by decisions, no rated relationship), or a tie rated the month before and not this one. */
export type LinkStatus = 'tie' | 'missing' | 'broken';

export interface PartnerAttributes {
  x: number;
  y: number;
  label: string;
  sector: string;
  color: string;
  size: number;
  /** Brokers whose departure would split the network are diamonds, peripheral partners squares: not told by colour alone. */
  shape: 'circle' | 'diamond' | 'square';
  peripheral: boolean;
}

export interface LinkAttributes {
  status: LinkStatus;
  /** 0–1; null for a missing link. */
  strength: number | null;
  kinds: WeakLinkKind[];
  change: TieChange | null;
  size: number;
  color: string;
}

export type NetworkGraph = Graph<PartnerAttributes, LinkAttributes>;

/** A pair's key whichever way round it is given: the API's tie id, `smaller|larger`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** A strength fall of at least this much since the month before counts as a weakened tie when replaying (strength runs 0–1). */
export const WEAKENED_BY = 0.1;

/** Equal dots are this many pixels across; sized by betweenness, from the same size up to MAX_SIZE for the network's top broker. */
const EQUAL_SIZE = 5;
const MAX_SIZE = 16;

/** Ties drawn from 0.5 px and faint (weakest) to 3.5 px and dark (strongest). */
export function tieWidth(strength: number): number {
  return 0.5 + 3 * strength;
}

export const TIE_GREY = [118, 134, 146] as const;

export function tieColour(strength: number): string {
  return `rgba(${TIE_GREY.join(',')},${(0.2 + 0.6 * strength).toFixed(2)})`;
}

/** The order a tie's colour is chosen in when it has several flags: the one most worth acting on first. */
export const KIND_PRIORITY: readonly WeakLinkKind[] = ['DECLINING', 'ONE_SIDED', 'LOW_STRENGTH', 'MISSING', 'PERIPHERAL'];

/** NHS red, plum, a dark orange and a dark aqua: each at least 3:1 against the white map. PERIPHERAL flags partners, not ties. */
export const KIND_COLOURS: Record<WeakLinkKind, string> = {
  DECLINING: '#d5281b',
  ONE_SIDED: '#7c2855',
  LOW_STRENGTH: '#b35a00',
  MISSING: '#00758f',
  PERIPHERAL: '#212b32',
};

export const CHANGE_COLOURS: Record<TieChange, string> = {
  formed: '#007f3b',
  weakened: '#b35a00',
  broken: '#d5281b',
};

/** Which pairs and partners each weak-link kind flags, by pair key and by partner id (PERIPHERAL). */
export function weakLinkIndex(weakLinks: readonly MapNetwork['weakLinks'][number][]) {
  const pairs = new Map<string, WeakLinkKind[]>();
  const partners = new Map<string, WeakLinkKind[]>();
  for (const link of weakLinks) {
    const [map, key] = link.targetId === null ? [partners, link.sourceId] : [pairs, pairKey(link.sourceId, link.targetId)];
    const kinds = map.get(key) ?? [];
    if (!kinds.includes(link.kind)) kinds.push(link.kind);
    map.set(key, kinds);
  }
  return { pairs, partners };
}

/** How each tie of a month changed since the previous rated month: new (no change figure), weaker by WEAKENED_BY or more, or gone. */
export function tieChanges(current: MapNetwork, previous: MapNetwork | null): Map<string, TieChange> {
  const changes = new Map<string, TieChange>();
  if (!previous) return changes;
  // Keyed as the API keys ties (its tie id), which the map's lean answer leaves out.
  const now = new Set(current.ties.map((tie) => pairKey(tie.sourceId, tie.targetId)));
  for (const tie of current.ties) {
    if (tie.strengthChange === null) changes.set(pairKey(tie.sourceId, tie.targetId), 'formed');
    else if (tie.strengthChange <= -WEAKENED_BY) changes.set(pairKey(tie.sourceId, tie.targetId), 'weakened');
  }
  for (const tie of previous.ties) {
    const key = pairKey(tie.sourceId, tie.targetId);
    if (!now.has(key)) changes.set(key, 'broken');
  }
  return changes;
}

export interface GraphOptions {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** The previous rated month's network, for the ties that broke; null when there is none (or it is not loaded yet). */
  previous: MapNetwork | null;
}

export interface GraphData {
  nodes: Map<string, PartnerAttributes>;
  edges: Map<string, { source: string; target: string; attributes: LinkAttributes }>;
}

function linkColour(status: LinkStatus, strength: number | null, kinds: readonly WeakLinkKind[], change: TieChange | null, colourBy: ColourBy): string {
  if (colourBy === 'changes') return change ? CHANGE_COLOURS[change] : tieColour(strength ?? 0);
  if (status === 'missing') return KIND_COLOURS.MISSING;
  const kind = KIND_PRIORITY.find((k) => kinds.includes(k));
  return kind ? KIND_COLOURS[kind] : tieColour(strength ?? 0);
}

/**
 * What the map draws for a month, as graphology node and edge attributes: partners at the API's kept positions
 * (never laid out here), ties by strength, missing links between partners co-affected by decisions, and, colouring
 * by change, the previous month's ties that broke.
 */
export function networkGraphData(network: MapNetwork, { sizeBy, colourBy, previous }: GraphOptions): GraphData {
  const flags = weakLinkIndex(network.weakLinks);
  const topBetweenness = Math.max(0, ...network.nodes.map((node) => node.betweenness));
  const nodes = new Map<string, PartnerAttributes>();
  for (const node of network.nodes) {
    const peripheral = flags.partners.get(node.organisationId)?.includes('PERIPHERAL') ?? false;
    nodes.set(node.organisationId, {
      x: node.x,
      y: node.y,
      label: node.name,
      sector: node.sector,
      color: sectorColour(node.sector),
      // Area, not radius, in proportion to betweenness, so a broker twice as central does not look four times as big.
      size: sizeBy === 'betweenness' && topBetweenness > 0 ? EQUAL_SIZE + (MAX_SIZE - EQUAL_SIZE) * Math.sqrt(node.betweenness / topBetweenness) : EQUAL_SIZE,
      shape: node.articulationPoint ? 'diamond' : peripheral ? 'square' : 'circle',
      peripheral,
    });
  }

  const changes = colourBy === 'changes' ? tieChanges(network, previous) : new Map<string, TieChange>();
  const edges: GraphData['edges'] = new Map();
  const add = (a: string, b: string, status: LinkStatus, strength: number | null) => {
    const key = pairKey(a, b);
    if (!nodes.has(a) || !nodes.has(b) || a === b || edges.has(key)) return;
    const kinds = flags.pairs.get(key) ?? [];
    const change = changes.get(key) ?? null;
    edges.set(key, {
      source: a < b ? a : b,
      target: a < b ? b : a,
      attributes: { status, strength, kinds, change, size: strength === null ? 1.5 : tieWidth(strength), color: linkColour(status, strength, kinds, change, colourBy) },
    });
  };
  for (const tie of network.ties) add(tie.sourceId, tie.targetId, 'tie', tie.strength);
  for (const link of network.weakLinks) if (link.kind === 'MISSING' && link.targetId) add(link.sourceId, link.targetId, 'missing', null);
  if (colourBy === 'changes' && previous) for (const tie of previous.ties) if (changes.get(pairKey(tie.sourceId, tie.targetId)) === 'broken') add(tie.sourceId, tie.targetId, 'broken', tie.strength);
  return { nodes, edges };
}

/**
 * The graphology graph of a month, built whole and handed to the renderer in one go (sigma's setGraph): one
 * indexing pass for 20,000 ties. Sigma 4 re-indexes the whole graph on every tie dropped from a live graph, so
 * patching last month's graph in place would cost more, not less.
 */
export function buildNetworkGraph(data: GraphData): NetworkGraph {
  const graph = new Graph<PartnerAttributes, LinkAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const [node, attributes] of data.nodes) graph.addNode(node, attributes);
  for (const [edge, { source, target, attributes }] of data.edges) graph.addEdgeWithKey(edge, source, target, attributes);
  return graph;
}

/** The extent of the partners' positions, to frame the map on: kept while the months change so nobody moves on screen. */
export function positionExtent(network: MapNetwork): { x: [number, number]; y: [number, number] } | null {
  if (network.nodes.length === 0) return null;
  const xs = network.nodes.map((node) => node.x);
  const ys = network.nodes.map((node) => node.y);
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}
