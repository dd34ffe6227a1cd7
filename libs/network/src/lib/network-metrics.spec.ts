import { networkMetrics, type NetworkNodeMetrics } from './network-metrics';

const byId = (nodes: NetworkNodeMetrics[]) => Object.fromEntries(nodes.map((node) => [node.id, node]));

describe('networkMetrics', () => {
  describe('a path a – b – c – d', () => {
    // Sectors X: a, b; Y: c, d. Directed ties a→b 0.8, b→a 0.4, b→c 0.6, d→c 0.2.
    const metrics = networkMetrics(
      [
        { id: 'a', sector: 'X' },
        { id: 'b', sector: 'X' },
        { id: 'c', sector: 'Y' },
        { id: 'd', sector: 'Y' },
      ],
      [
        { source: 'a', target: 'b', weight: 0.8 },
        { source: 'b', target: 'a', weight: 0.4 },
        { source: 'b', target: 'c', weight: 0.6 },
        { source: 'd', target: 'c', weight: 0.2 },
      ],
    );
    const nodes = byId(metrics.nodes);

    it('has density 4 ÷ (4 × 3) and reciprocity 2 ÷ 4', () => {
      expect(metrics.density).toBeCloseTo(1 / 3, 12);
      // a→b and b→a answer each other; b→c and d→c do not.
      expect(metrics.reciprocity).toBe(0.5);
    });

    it('counts degree on the undirected graph and in/out degree on the directed one', () => {
      expect(metrics.nodes.map(({ id, degree, inDegree, outDegree }) => [id, degree, inDegree, outDegree])).toEqual([
        ['a', 1, 1, 1],
        ['b', 2, 1, 2],
        ['c', 2, 2, 0],
        ['d', 1, 0, 1],
      ]);
    });

    it('sums the edge weights, each the mean of its two directions', () => {
      // Edges a–b (0.8 + 0.4) ÷ 2 = 0.6, b–c 0.6, c–d 0.2: a 0.6, b 1.2, c 0.8, d 0.2.
      expect(nodes['a'].strength).toBeCloseTo(0.6, 12);
      expect(nodes['b'].strength).toBeCloseTo(1.2, 12);
      expect(nodes['c'].strength).toBeCloseTo(0.8, 12);
      expect(nodes['d'].strength).toBeCloseTo(0.2, 12);
    });

    it('gives betweenness to the middle of the path', () => {
      // b is on the only path of a–c and a–d, c on a–d and b–d: 2 pairs each, × 2 ÷ (3 × 2) = 2/3.
      expect(metrics.nodes.map((node) => node.betweenness)).toEqual([0, 2 / 3, 2 / 3, 0]);
    });

    it('finds every edge a bridge and the two inner nodes articulation points', () => {
      expect(metrics.components).toEqual([['a', 'b', 'c', 'd']]);
      expect(metrics.isolates).toEqual([]);
      expect(metrics.articulationPoints).toEqual(['b', 'c']);
      expect(metrics.bridges).toEqual([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]);
    });

    it('has E–I index (1 between − 2 within) ÷ 3', () => {
      expect(metrics.eiIndex).toBeCloseTo(-1 / 3, 12);
    });

    it('splits the path where modularity is highest', () => {
      // Total weight m = 1.4, strengths a 0.6, b 1.2, c 0.8, d 0.2 (sum 2m = 2.8). Modularity Q = Σ (inside ÷ m − (strengths ÷ 2m)²):
      // {a,b}{c,d}: 0.6/1.4 − (1.8/2.8)² + 0.2/1.4 − (1.0/2.8)² = 0.0306, the best; {a,b,c}{d}: −0.0102; {a}{b,c,d}: −0.0918.
      expect(metrics.nodes.map((node) => node.community)).toEqual([0, 0, 1, 1]);
    });
  });

  describe('a star with centre h', () => {
    // h rates each leaf 0.5; only l1 rates h back (1.0). Sectors: h, l1 S; l2, l3 T; l4 U.
    const metrics = networkMetrics(
      [
        { id: 'h', sector: 'S' },
        { id: 'l1', sector: 'S' },
        { id: 'l2', sector: 'T' },
        { id: 'l3', sector: 'T' },
        { id: 'l4', sector: 'U' },
      ],
      [
        { source: 'h', target: 'l1', weight: 0.5 },
        { source: 'h', target: 'l2', weight: 0.5 },
        { source: 'h', target: 'l3', weight: 0.5 },
        { source: 'h', target: 'l4', weight: 0.5 },
        { source: 'l1', target: 'h', weight: 1 },
      ],
    );
    const nodes = byId(metrics.nodes);

    it('has density 5 ÷ (5 × 4) and reciprocity 2 ÷ 5', () => {
      expect(metrics.density).toBe(0.25);
      expect(metrics.reciprocity).toBe(0.4);
    });

    it('gives the centre every path between leaves', () => {
      // C(4, 2) = 6 leaf pairs, each through h: 6 × 2 ÷ (4 × 3) = 1; leaves lie on no path.
      expect(metrics.nodes.map((node) => node.betweenness)).toEqual([1, 0, 0, 0, 0]);
    });

    it('counts degree and strength', () => {
      // Edges h–l1 (0.5 + 1) ÷ 2 = 0.75, h–l2, h–l3, h–l4 0.5: h 0.75 + 3 × 0.5 = 2.25.
      expect(nodes['h']).toMatchObject({ degree: 4, inDegree: 1, outDegree: 4, strength: 2.25 });
      expect(nodes['l1']).toMatchObject({ degree: 1, inDegree: 1, outDegree: 1, strength: 0.75 });
      expect(nodes['l2']).toMatchObject({ degree: 1, inDegree: 1, outDegree: 0, strength: 0.5 });
    });

    it('has the centre as its single point of failure and every spoke a bridge', () => {
      expect(metrics.articulationPoints).toEqual(['h']);
      expect(metrics.bridges).toEqual([
        ['h', 'l1'],
        ['h', 'l2'],
        ['h', 'l3'],
        ['h', 'l4'],
      ]);
    });

    it('has E–I index (3 between − 1 within) ÷ 4', () => {
      expect(metrics.eiIndex).toBe(0.5);
    });
  });

  describe('two triangles joined by a bridge', () => {
    // Triangles a–b–c (sector X) and d–e–f (sector Y), bridge c–d; every tie answered, weight 1.
    const edges = [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['d', 'f'],
      ['e', 'f'],
    ];
    const metrics = networkMetrics(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, sector: id < 'd' ? 'X' : 'Y' })),
      edges.flatMap(([x, y]) => [
        { source: x, target: y, weight: 1 },
        { source: y, target: x, weight: 1 },
      ]),
    );

    it('has density 14 ÷ (6 × 5) and every tie reciprocated', () => {
      expect(metrics.density).toBeCloseTo(7 / 15, 12);
      expect(metrics.reciprocity).toBe(1);
    });

    it('gives the two ends of the bridge all the brokerage', () => {
      // c lies on the only path of each of the 3 × 2 pairs from {a, b} to {d, e, f}, and so does d for {a, b, c} to
      // {e, f}: 6 pairs each, × 2 ÷ (5 × 4) = 0.6.
      const expected = [0, 0, 0.6, 0.6, 0, 0];
      metrics.nodes.forEach((node, i) => expect(node.betweenness).toBeCloseTo(expected[i], 12));
      expect(metrics.nodes.map((node) => [node.degree, node.strength])).toEqual([
        [2, 2],
        [2, 2],
        [3, 3],
        [3, 3],
        [2, 2],
        [2, 2],
      ]);
    });

    it('finds the bridge and its two ends', () => {
      expect(metrics.articulationPoints).toEqual(['c', 'd']);
      expect(metrics.bridges).toEqual([['c', 'd']]);
      expect(metrics.components).toEqual([['a', 'b', 'c', 'd', 'e', 'f']]);
    });

    it('has E–I index (1 between − 6 within) ÷ 7 and a community per triangle', () => {
      expect(metrics.eiIndex).toBeCloseTo(-5 / 7, 12);
      // Q = 2 × (3/7 − (7/14)²) = 0.357 for the two triangles; any other split scores less.
      expect(metrics.nodes.map((node) => node.community)).toEqual([0, 0, 0, 1, 1, 1]);
    });
  });

  describe('a triangle and an isolate', () => {
    // a→b 0.5, b→c 0.7, c→a 0.9, none answered; z has no ties. Sectors: a, b X; c, z Y.
    const metrics = networkMetrics(
      [
        { id: 'a', sector: 'X' },
        { id: 'b', sector: 'X' },
        { id: 'c', sector: 'Y' },
        { id: 'z', sector: 'Y' },
      ],
      [
        { source: 'a', target: 'b', weight: 0.5 },
        { source: 'b', target: 'c', weight: 0.7 },
        { source: 'c', target: 'a', weight: 0.9 },
      ],
    );
    const nodes = byId(metrics.nodes);

    it('has density 3 ÷ (4 × 3) and no reciprocity', () => {
      expect(metrics.density).toBe(0.25);
      expect(metrics.reciprocity).toBe(0);
    });

    it('finds the isolate as its own component and community', () => {
      expect(metrics.components).toEqual([['a', 'b', 'c'], ['z']]);
      expect(metrics.isolates).toEqual(['z']);
      expect(nodes['z']).toEqual({ id: 'z', degree: 0, inDegree: 0, outDegree: 0, strength: 0, betweenness: 0, community: 1 });
      // The triangle as one community: Q = 1 − 1 = 0; splitting it only lowers Q.
      expect([nodes['a'].community, nodes['b'].community, nodes['c'].community]).toEqual([0, 0, 0]);
    });

    it('has no single point of failure and no brokerage in a triangle', () => {
      expect(metrics.articulationPoints).toEqual([]);
      expect(metrics.bridges).toEqual([]);
      expect(metrics.nodes.map((node) => node.betweenness)).toEqual([0, 0, 0, 0]);
      // a: a–b 0.5 + c–a 0.9 = 1.4; b: 0.5 + 0.7 = 1.2; c: 0.7 + 0.9 = 1.6.
      expect([nodes['a'].strength, nodes['b'].strength, nodes['c'].strength]).toEqual([1.4, 1.2, 1.6]);
    });

    it('has E–I index (2 between − 1 within) ÷ 3', () => {
      expect(metrics.eiIndex).toBeCloseTo(1 / 3, 12);
    });
  });

  describe('where a denominator is 0', () => {
    it('gives null density, reciprocity and E–I index for an empty network', () => {
      expect(networkMetrics([], [])).toEqual({
        density: null,
        reciprocity: null,
        components: [],
        isolates: [],
        articulationPoints: [],
        bridges: [],
        eiIndex: null,
        nodes: [],
      });
    });

    it('gives null density for one partner', () => {
      expect(networkMetrics([{ id: 'a', sector: 'X' }], []).density).toBeNull();
    });

    it('gives 0 density and null reciprocity and E–I index without ties, each partner its own community', () => {
      const metrics = networkMetrics(
        [
          { id: 'a', sector: 'X' },
          { id: 'b', sector: 'Y' },
        ],
        [],
      );
      expect(metrics).toMatchObject({ density: 0, reciprocity: null, eiIndex: null, isolates: ['a', 'b'], components: [['a'], ['b']] });
      expect(metrics.nodes.map((node) => node.community)).toEqual([0, 1]);
    });
  });

  it('gives the same communities every time', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, sector: `s${i % 3}` }));
    const ties = nodes.flatMap((node, i) => [1, 2, 7].map((step) => ({ source: node.id, target: `n${(i + step) % 30}`, weight: ((i * step) % 5) / 4 })));
    const first = networkMetrics(nodes, ties).nodes.map((node) => node.community);
    expect(networkMetrics(nodes, ties).nodes.map((node) => node.community)).toEqual(first);
  });

  describe('bad input', () => {
    const nodes = [
      { id: 'a', sector: 'X' },
      { id: 'b', sector: 'X' },
    ];
    it.each([
      [[{ source: 'a', target: 'q', weight: 1 }], 'ties[0].target: "q" is not one of the nodes'],
      [[{ source: 'a', target: 'a', weight: 1 }], 'ties[0].target: a partner cannot be tied to itself'],
      [[{ source: 'a', target: 'b', weight: -0.1 }], 'ties[0].weight: must be a finite number ≥ 0; got -0.1'],
      [[{ source: 'a', target: 'b', weight: Number.NaN }], 'ties[0].weight: must be a finite number ≥ 0; got null'],
    ])('names the field: %j', (ties, message) => {
      expect(() => networkMetrics(nodes, ties)).toThrow(message);
    });

    it('rejects a node given twice', () => {
      expect(() => networkMetrics([...nodes, { id: 'a', sector: 'Y' }], [])).toThrow('nodes[2].id: "a" appears twice');
    });
  });
});
