import { randomNetwork } from '../testing/random-network';
import { networkMetrics } from './network-metrics';
import { stableLayout, type Position } from './stable-layout';
import { undirectedTies } from './undirected-ties';

const network = randomNetwork({ nodes: 80, ties: 240, seed: 7 });
const communities = networkMetrics(network.nodes, network.ties).nodes;
const nodes = communities.map(({ id, community }) => ({ id, community }));
const edgesOf = (ties: typeof network.ties) => undirectedTies(ties).map(({ a, b, strength }) => ({ a, b, weight: strength }));

/** The diagonal of the box round the positions: the scale that movement is judged against. */
function extent(positions: Map<string, Position>): number {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe('stableLayout', () => {
  const first = stableLayout(nodes, edgesOf(network.ties));

  it('places every partner, the same way every time', () => {
    expect([...first.keys()]).toEqual(nodes.map((node) => node.id));
    expect([...first.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(stableLayout(nodes, edgesOf(network.ties))).toEqual(first);
  });

  it('keeps positions close in a month with one tie changed', () => {
    const changed = network.ties.slice(1).map((tie, i) => (i === 0 ? { ...tie, weight: 1 - tie.weight } : tie));
    const second = stableLayout(nodes, edgesOf(changed), first);
    const moves = nodes.map((node) => {
      const [p, q] = [first.get(node.id) as Position, second.get(node.id) as Position];
      return Math.hypot(p.x - q.x, p.y - q.y) / extent(first);
    });
    const mean = moves.reduce((sum, move) => sum + move, 0) / moves.length;
    // Measured: mean 0.3%, largest 2.6% of the map's diagonal.
    expect(mean).toBeLessThan(0.03);
    expect(Math.max(...moves)).toBeLessThan(0.1);
  });

  it('starts each partner where it was the month before', () => {
    // Given a mirror image of the map as last month's, the layout keeps the mirror image: it refines, it does not start again.
    const mirrored = new Map([...first].map(([id, p]) => [id, { x: -p.x, y: p.y }]));
    const second = stableLayout(nodes, edgesOf(network.ties), mirrored);
    const moves = nodes.map((node) => {
      const [p, q] = [mirrored.get(node.id) as Position, second.get(node.id) as Position];
      return Math.hypot(p.x - q.x, p.y - q.y) / extent(first);
    });
    expect(Math.max(...moves)).toBeLessThan(0.1);
  });

  it('starts a new partner near its community', () => {
    const joined = [...nodes, { id: 'newcomer', community: nodes[0].community }];
    const ties = [...network.ties, { source: 'newcomer', target: nodes[0].id, weight: 0.5 }];
    const second = stableLayout(joined, edgesOf(ties), first);
    const [p, q] = [second.get('newcomer') as Position, second.get(nodes[0].id) as Position];
    expect(Math.hypot(p.x - q.x, p.y - q.y) / extent(second)).toBeLessThan(0.5);
  });

  it('names a bad edge', () => {
    expect(() => stableLayout(nodes, [{ a: nodes[0].id, b: 'elsewhere', weight: 1 }])).toThrow('edges[0].b: "elsewhere" is not one of the nodes');
  });
});
