import { randomNetwork } from './random-network';

describe('randomNetwork', () => {
  it('gives the same network for the same options, and another for another seed', () => {
    const options = { nodes: 50, ties: 300, seed: 7 };
    expect(randomNetwork(options)).toEqual(randomNetwork(options));
    expect(randomNetwork({ ...options, seed: 8 }).ties).not.toEqual(randomNetwork(options).ties);
  });

  it('draws the ties asked for, each once, never a loop, weighted 0 to 1, among its own partners', () => {
    const { nodes, ties } = randomNetwork({ nodes: 200, ties: 2_000, seed: 1 });
    expect(nodes).toHaveLength(200);
    expect(nodes[7]).toEqual({ id: 'p007', sector: 'sector 2' });
    expect(ties).toHaveLength(2_000);
    const ids = new Set(nodes.map((node) => node.id));
    expect(new Set(ties.map((tie) => `${tie.source}>${tie.target}`)).size).toBe(2_000);
    for (const tie of ties) {
      expect(tie.source).not.toBe(tie.target);
      expect(ids.has(tie.source) && ids.has(tie.target)).toBe(true);
      expect(tie.weight).toBeGreaterThanOrEqual(0);
      expect(tie.weight).toBeLessThanOrEqual(1);
    }
  });

  it('stops at a complete graph when asked for more ties than it can hold', () => {
    expect(randomNetwork({ nodes: 4, ties: 100, seed: 3 }).ties).toHaveLength(12);
  });

  it('leans ties towards the source’s own sector as asked', () => {
    const share = (withinSector: number) => {
      const { nodes, ties } = randomNetwork({ nodes: 300, ties: 3_000, seed: 5, withinSector });
      const sector = new Map(nodes.map((node) => [node.id, node.sector]));
      return ties.filter((tie) => sector.get(tie.source) === sector.get(tie.target)).length / ties.length;
    };
    // With no lean, about one tie in five sectors falls within one; with a strong lean, most do.
    expect(share(0)).toBeLessThan(0.3);
    expect(share(0.9)).toBeGreaterThan(0.8);
  });
});
