import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { cutPointsAndBridges } from './cut-points';
import { checkTies, indexNodes, sectorNumbers, type NetworkNodeInput, type NetworkTieInput } from './network-input';
import { seededRandom } from './seeded-random';
import { compare } from './tie-strength';
import { pairIndexed } from './undirected-ties';

export interface NetworkNodeMetrics {
  id: string;
  /** Distinct neighbours on the undirected graph. */
  degree: number;
  /** Partners who rated this one. */
  inDegree: number;
  /** Partners this one rated. */
  outDegree: number;
  /** Sum of the undirected edge weights at this partner. */
  strength: number;
  /** Unweighted shortest-path betweenness on the undirected graph, normalised by 2 ÷ ((n − 1)(n − 2)) as networkx does. */
  betweenness: number;
  /** Louvain community (0, 1, …, numbered in order of first appearance among the nodes). */
  community: number;
}

export interface NetworkMetrics {
  /** Directed ties ÷ n(n − 1); null below two nodes. */
  density: number | null;
  /** Share of directed ties whose reverse tie also exists (networkx's overall reciprocity); null without ties. */
  reciprocity: number | null;
  /** Connected components of the undirected graph, isolates included; members in node order, components by first member. */
  components: string[][];
  /** Nodes without a tie in either direction, in node order. */
  isolates: string[];
  /** Nodes whose removal splits their component, in node order. */
  articulationPoints: string[];
  /** Edges whose removal splits their component, as [a, b] with a < b, sorted. */
  bridges: [string, string][];
  /** (Edges between sectors − edges within sectors) ÷ all edges, on the undirected graph; null without edges. */
  eiIndex: number | null;
  /** In the order given. */
  nodes: NetworkNodeMetrics[];
}

/** Louvain's seed: any fixed number, so the same month always gets the same communities. */
export const LOUVAIN_SEED = 12;

/**
 * The network's figures for a month. `ties` are directed ratings (at most one per ordered pair) among `nodes`.
 * Density and reciprocity are on the directed graph; everything else on the undirected graph with an edge wherever
 * a tie exists in either direction, weighted by the mean of the two directions' weights (or the one that exists).
 * Betweenness ignores the weights. Communities are Louvain's (modularity on the weighted undirected graph, seeded).
 */
export function networkMetrics(nodes: NetworkNodeInput[], ties: NetworkTieInput[]): NetworkMetrics {
  const index = indexNodes(nodes);
  const checked = checkTies(ties, { nodes: index });

  const n = nodes.length;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const weights = new Float64Array(ties.length);
  let reciprocated = 0;
  for (let i = 0; i < ties.length; i++) {
    const s = checked.source[i];
    const t = checked.target[i];
    outDegree[s]++;
    inDegree[t]++;
    if (checked.byPair.has(t * n + s)) reciprocated++;
    weights[i] = ties[i].weight;
  }

  // Partners and edges go into the graph in the same order as always (nodes as given, edges by a, then b), so that
  // Louvain and the betweenness sums meet them in the same order.
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of nodes) graph.addNode(node.id);
  const edges = pairIndexed(checked, weights);
  const neighbours: number[][] = nodes.map(() => []);
  const strength = new Float64Array(n);
  const sector = sectorNumbers(nodes);
  let between = 0;
  for (let k = 0; k < edges.count; k++) {
    const a = edges.a[k];
    const b = edges.b[k];
    const weight = edges.strength[k];
    graph.addUndirectedEdge(nodes[a].id, nodes[b].id, { weight });
    neighbours[a].push(b);
    neighbours[b].push(a);
    strength[a] += weight;
    strength[b] += weight;
    if (sector[a] !== sector[b]) between++;
  }

  // graphology's Brandes cannot size its stack for an empty graph.
  const betweenness: Record<string, number> = n === 0 ? {} : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const community = communities(graph, nodes);
  const byIndex = (x: number, y: number) => x - y;
  const cut = cutPointsAndBridges(neighbours);

  return {
    density: n < 2 ? null : ties.length / (n * (n - 1)),
    reciprocity: ties.length === 0 ? null : reciprocated / ties.length,
    components: connectedComponents(graph)
      .map((members) => members.map((id) => index.get(id) as number).sort(byIndex))
      .sort((x, y) => x[0] - y[0])
      .map((members) => members.map((i) => nodes[i].id)),
    isolates: nodes.filter((_, i) => neighbours[i].length === 0).map((node) => node.id),
    articulationPoints: cut.articulationPoints.map((i) => nodes[i].id),
    bridges: cut.bridges
      .map(([a, b]): [string, string] => {
        const [x, y] = [nodes[a].id, nodes[b].id];
        return x < y ? [x, y] : [y, x];
      })
      .sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1])),
    eiIndex: edges.count === 0 ? null : (between - (edges.count - between)) / edges.count,
    nodes: nodes.map((node, i) => ({
      id: node.id,
      degree: neighbours[i].length,
      inDegree: inDegree[i],
      outDegree: outDegree[i],
      strength: strength[i],
      betweenness: betweenness[node.id] ?? 0,
      community: community[i],
    })),
  };
}

/** Louvain's communities renumbered 0, 1, … in order of first appearance, so the numbers do not depend on its internals. */
function communities(graph: UndirectedGraph, nodes: readonly NetworkNodeInput[]): number[] {
  // Without any weight modularity is undefined: each partner is its own community.
  const hasWeight = graph.someEdge((_edge, attributes) => attributes['weight'] > 0);
  const found = hasWeight ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) }) : {};
  const renumbered = new Map<string, number>();
  return nodes.map((node) => {
    const key = node.id in found ? `c${found[node.id]}` : `n${node.id}`;
    if (!renumbered.has(key)) renumbered.set(key, renumbered.size);
    return renumbered.get(key) as number;
  });
}
