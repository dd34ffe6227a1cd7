import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { checkId, NetworkInputError } from './network-input';
import { seededRandom } from './seeded-random';
import { tieKey } from './undirected-ties';

export interface Position {
  x: number;
  y: number;
}

/** ForceAtlas2 iterations for a first layout, and for a month laid out from the previous month's positions. */
export const LAYOUT_ITERATIONS = { fresh: 150, fromPrevious: 30 } as const;

/**
 * Node positions for the network map by ForceAtlas2 (graphology's, with the settings it infers for the graph's size;
 * edges pull by weight). Deterministic: a partner placed in the previous month starts where it was, so a month-by-month
 * replay moves only what changed; a new partner starts near its community's placed partners, or on a disc, at a spot
 * seeded from its id. With no previous positions the layout runs longer, starting from communities spread round a circle.
 */
export function stableLayout(
  nodes: { id: string; community?: number }[],
  edges: { a: string; b: string; weight: number }[],
  previous?: Map<string, Position>,
): Map<string, Position> {
  const graph = new UndirectedGraph<Position, { weight: number }>();
  const radius = 10 * Math.sqrt(Math.max(1, nodes.length));
  const starts = startingPositions(nodes, previous ?? new Map(), radius);
  nodes.forEach((node, i) => {
    checkId(node.id, `nodes[${i}].id`);
    if (graph.hasNode(node.id)) throw new NetworkInputError(`nodes[${i}].id`, `${JSON.stringify(node.id)} appears twice`);
    graph.addNode(node.id, starts[i]);
  });
  edges.forEach((edge, i) => {
    for (const end of ['a', 'b'] as const) {
      if (!graph.hasNode(edge[end])) throw new NetworkInputError(`edges[${i}].${end}`, `${JSON.stringify(edge[end])} is not one of the nodes`);
    }
    if (edge.a === edge.b) throw new NetworkInputError(`edges[${i}].b`, 'a partner cannot be tied to itself');
    if (!(edge.weight >= 0)) throw new NetworkInputError(`edges[${i}].weight`, `must be a number ≥ 0; got ${JSON.stringify(edge.weight)}`);
    if (graph.hasEdge(edge.a, edge.b)) throw new NetworkInputError(`edges[${i}]`, `${tieKey(edge.a, edge.b)} is given twice`);
    graph.addEdge(edge.a, edge.b, { weight: edge.weight });
  });

  const placedBefore = nodes.filter((node) => previous?.has(node.id)).length;
  const positions = forceAtlas2(graph, {
    iterations: placedBefore > nodes.length / 2 ? LAYOUT_ITERATIONS.fromPrevious : LAYOUT_ITERATIONS.fresh,
    getEdgeWeight: 'weight',
    settings: forceAtlas2.inferSettings(graph),
  });
  return new Map(nodes.map((node) => [node.id, positions[node.id]]));
}

function startingPositions(nodes: readonly { id: string; community?: number }[], previous: Map<string, Position>, radius: number): Position[] {
  const sums = new Map<number, { x: number; y: number; count: number }>();
  for (const node of nodes) {
    const at = previous.get(node.id);
    if (!at || node.community === undefined) continue;
    const sum = sums.get(node.community) ?? { x: 0, y: 0, count: 0 };
    sums.set(node.community, { x: sum.x + at.x, y: sum.y + at.y, count: sum.count + 1 });
  }
  const communities = [...new Set(nodes.map((node) => node.community ?? 0))].sort((x, y) => x - y);
  const freshStart = previous.size === 0;
  return nodes.map((node) => {
    const at = previous.get(node.id);
    if (at) return { x: at.x, y: at.y };
    const random = seededRandom(hash(node.id));
    const angle = 2 * Math.PI * random();
    const spread = Math.sqrt(random());
    const community = node.community ?? 0;
    const placed = sums.get(community);
    if (placed) return { x: placed.x / placed.count + Math.cos(angle) * spread * radius * 0.1, y: placed.y / placed.count + Math.sin(angle) * spread * radius * 0.1 };
    if (freshStart && communities.length > 1) {
      // Each community round its own point on a circle, so Louvain's groups start apart.
      const around = (2 * Math.PI * communities.indexOf(community)) / communities.length;
      return {
        x: Math.cos(around) * radius + Math.cos(angle) * spread * radius * 0.3,
        y: Math.sin(around) * radius + Math.sin(angle) * spread * radius * 0.3,
      };
    }
    return { x: Math.cos(angle) * spread * radius, y: Math.sin(angle) * spread * radius };
  });
}

/** FNV-1a: a node's own seed, so its starting spot does not depend on which other partners are in the month. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
