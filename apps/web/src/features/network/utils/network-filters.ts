import type { WeakLinkKind } from '../../../generated/graphql';
import type { GraphData } from './network-graph';

/** What the map shows of the month's network. */
export interface MapFilters {
  /** Only this sector's partners, their ties and (faded) the partners they tie to. */
  sector?: string;
  /** Only the links flagged with this kind (for PERIPHERAL, the ties of peripheral partners); other partners faded. */
  kind?: WeakLinkKind;
  /** Ties weaker than this (0–1) are not drawn; partners always are. */
  minStrength: number;
}

/** The partner or link whose details are open: everything not part of it is faded. */
export type MapSelection = { type: 'partner'; id: string } | { type: 'link'; id: string } | null;

export interface MapStates {
  hiddenNodes: Set<string>;
  fadedNodes: Set<string>;
  highlightedNodes: Set<string>;
  hiddenEdges: Set<string>;
  fadedEdges: Set<string>;
  /** Partners and rated ties drawn (missing and broken links are not ties). */
  shownPartners: number;
  shownTies: number;
}

type Edge = GraphData['edges'] extends Map<string, infer E> ? E : never;

function edgePasses(edge: Edge, filters: MapFilters, data: GraphData): boolean {
  const { status, strength, kinds } = edge.attributes;
  if (filters.sector && data.nodes.get(edge.source)?.sector !== filters.sector && data.nodes.get(edge.target)?.sector !== filters.sector) return false;
  if (status === 'missing') return filters.kind === undefined || filters.kind === 'MISSING';
  if (status === 'broken') return filters.kind === undefined;
  if ((strength ?? 0) < filters.minStrength) return false;
  if (filters.kind === undefined) return true;
  if (filters.kind === 'PERIPHERAL') return Boolean(data.nodes.get(edge.source)?.peripheral || data.nodes.get(edge.target)?.peripheral);
  return kinds.includes(filters.kind);
}

/**
 * Which partners and links the map hides, fades and highlights for the filters and the open selection, as sets the
 * renderer's item states are set from. Only what a change of filter or selection touches is redrawn.
 */
export function mapStates(data: GraphData, filters: MapFilters, selection: MapSelection): MapStates {
  const hiddenEdges = new Set<string>();
  const touched = new Set<string>();
  for (const [key, edge] of data.edges) {
    if (!edgePasses(edge, filters, data)) {
      hiddenEdges.add(key);
      continue;
    }
    touched.add(edge.source);
    touched.add(edge.target);
  }

  const hiddenNodes = new Set<string>();
  const fadedNodes = new Set<string>();
  for (const [id, node] of data.nodes) {
    const inSector = !filters.sector || node.sector === filters.sector;
    const flagged = !filters.kind || touched.has(id) || (filters.kind === 'PERIPHERAL' && node.peripheral);
    if (!inSector && !touched.has(id)) hiddenNodes.add(id);
    else if (!inSector || !flagged) fadedNodes.add(id);
  }

  const highlightedNodes = new Set<string>();
  const fadedEdges = new Set<string>();
  const selectedEdge = selection?.type === 'link' ? data.edges.get(selection.id) : undefined;
  if (selection?.type === 'partner' && data.nodes.has(selection.id)) {
    highlightedNodes.add(selection.id);
    const neighbours = new Set<string>([selection.id]);
    for (const [key, edge] of data.edges) {
      if (hiddenEdges.has(key)) continue;
      if (edge.source === selection.id || edge.target === selection.id) {
        neighbours.add(edge.source);
        neighbours.add(edge.target);
      } else fadedEdges.add(key);
    }
    for (const id of data.nodes.keys()) if (!neighbours.has(id)) fadedNodes.add(id);
    // A partner found by search stays visible even when the filters would hide it.
    hiddenNodes.delete(selection.id);
  } else if (selectedEdge && selection) {
    highlightedNodes.add(selectedEdge.source).add(selectedEdge.target);
    for (const key of data.edges.keys()) if (key !== selection.id) fadedEdges.add(key);
    for (const id of data.nodes.keys()) if (!highlightedNodes.has(id)) fadedNodes.add(id);
    hiddenEdges.delete(selection.id);
    hiddenNodes.delete(selectedEdge.source);
    hiddenNodes.delete(selectedEdge.target);
  }
  for (const id of highlightedNodes) fadedNodes.delete(id);
  let shownTies = 0;
  for (const [key, edge] of data.edges) if (edge.attributes.status === 'tie' && !hiddenEdges.has(key)) shownTies += 1;

  return { hiddenNodes, fadedNodes, highlightedNodes, hiddenEdges, fadedEdges, shownPartners: data.nodes.size - hiddenNodes.size, shownTies };
}
