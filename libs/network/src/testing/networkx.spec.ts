import { networkxAvailable, networkxMetrics } from './networkx';

// The cross-check's own check: networkx reads the network it is given as the issue defines it (a path a→b→c, with
// b→a answered), worked by hand. It runs where python3 has networkx, as CI's does.
const withNetworkx = networkxAvailable() ? describe : describe.skip;

withNetworkx('networkxMetrics', () => {
  it('returns networkx’s figures for a hand-worked path', () => {
    const figures = networkxMetrics({
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, sector: 'NHS' })),
      ties: [
        { source: 'a', target: 'b', weight: 0.5 },
        { source: 'b', target: 'a', weight: 1 },
        { source: 'b', target: 'c', weight: 0.25 },
      ],
    });
    // 3 ties of 4 × 3 possible; 2 of the 3 answered.
    expect(figures.density).toBeCloseTo(3 / 12, 12);
    expect(figures.reciprocity).toBeCloseTo(2 / 3, 12);
    expect(figures.isolates).toEqual(['d']);
    expect(figures.articulationPoints).toEqual(['b']);
    expect(figures.bridges.map((bridge) => [...bridge].sort())).toEqual(expect.arrayContaining([['a', 'b'], ['b', 'c']]));
    const b = figures.nodes.find((node) => node.id === 'b');
    // b lies on the one shortest path a–c of the 3 pairs among 4 nodes: 1 × 2 ÷ (3 × 2).
    expect(b).toMatchObject({ degree: 2, inDegree: 1, outDegree: 2 });
    expect(b?.strength).toBeCloseTo(0.75 + 0.25, 12);
    expect(b?.betweenness).toBeCloseTo(1 / 3, 12);
  });
});
