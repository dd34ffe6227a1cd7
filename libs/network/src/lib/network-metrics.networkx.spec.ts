import { networkxAvailable, networkxMetrics } from '../testing/networkx';
import { randomNetwork } from '../testing/random-network';
import { networkMetrics } from './network-metrics';

// CI has networkx; a machine without it skips this cross-check rather than failing.
const describeWithNetworkx = networkxAvailable() ? describe : describe.skip;
const sortedComponents = (components: string[][]) => components.map((c) => [...c].sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));

describeWithNetworkx('networkMetrics against networkx (skipped when python3 cannot import networkx)', () => {
  // Sparse (isolates, many components, bridges), middling and dense 200-node networks, each seeded.
  const sparse = [
    { nodes: 200, ties: 180, seed: 1 },
    { nodes: 200, ties: 320, seed: 2, answered: 0.2 },
    { nodes: 200, ties: 600, seed: 3 },
  ];
  const dense = { nodes: 200, ties: 3000, seed: 4, answered: 0.8 };

  it('checks sparse networks that have isolates, articulation points and bridges', () => {
    for (const options of sparse) {
      const network = randomNetwork(options);
      const metrics = networkMetrics(network.nodes, network.ties);
      expect([metrics.components.length, metrics.isolates.length, metrics.articulationPoints.length, metrics.bridges.length]).not.toContain(0);
      expect(metrics.components.length).toBeGreaterThan(1);
    }
  });

  it.each([...sparse, dense])('agrees on %j', (options) => {
    const network = randomNetwork(options);
    const ours = networkMetrics(network.nodes, network.ties);
    const theirs = networkxMetrics(network);

    expect(ours.density).toBeCloseTo(theirs.density as number, 12);
    expect(ours.reciprocity).toBeCloseTo(theirs.reciprocity as number, 12);
    expect(sortedComponents(ours.components)).toEqual(sortedComponents(theirs.components));
    expect([...ours.isolates].sort()).toEqual(theirs.isolates);
    expect([...ours.articulationPoints].sort()).toEqual(theirs.articulationPoints);
    expect(ours.bridges).toEqual(theirs.bridges);
    expect(ours.nodes.map(({ id, degree, inDegree, outDegree }) => ({ id, degree, inDegree, outDegree }))).toEqual(
      theirs.nodes.map(({ id, degree, inDegree, outDegree }) => ({ id, degree, inDegree, outDegree })),
    );
    ours.nodes.forEach((node, i) => {
      expect(Math.abs(node.strength - theirs.nodes[i].strength)).toBeLessThan(1e-9);
      expect(Math.abs(node.betweenness - theirs.nodes[i].betweenness)).toBeLessThan(1e-9);
    });
  });
});
