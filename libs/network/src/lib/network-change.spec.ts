import { networkChange } from './network-change';
import { networkMetrics } from './network-metrics';

describe('networkChange', () => {
  const nodes = [
    { id: 'a', sector: 'X' },
    { id: 'b', sector: 'X' },
    { id: 'c', sector: 'Y' },
  ];
  // March: a–b only (a→b 0.6, b→a 0.4). April: a–b weakens (a→b 0.2, b→a 0.4) and b→c 0.5 appears; d joins with no tie.
  const marchTies = [
    { source: 'a', target: 'b', weight: 0.6 },
    { source: 'b', target: 'a', weight: 0.4 },
  ];
  const aprilTies = [
    { source: 'a', target: 'b', weight: 0.2 },
    { source: 'b', target: 'a', weight: 0.4 },
    { source: 'b', target: 'c', weight: 0.5 },
  ];
  const march = networkMetrics(nodes, marchTies);
  const april = networkMetrics([...nodes, { id: 'd', sector: 'Y' }], aprilTies);

  it("gives each partner's change in degree, strength and betweenness", () => {
    const change = networkChange(march, april, marchTies, aprilTies);
    // a: degree 1 → 1, strength 0.5 → 0.3. b: degree 1 → 2, strength 0.5 → 0.8, betweenness 0 → (1 pair, a–c) × 2 ÷ (3 × 2) = 1/3.
    // c: 0 → 1, 0 → 0.5. d was not in March's network.
    expect(change.nodes.get('a')).toEqual({ degree: 0, strength: expect.closeTo(-0.2, 12), betweenness: 0 });
    expect(change.nodes.get('b')).toEqual({ degree: 1, strength: expect.closeTo(0.3, 12), betweenness: expect.closeTo(1 / 3, 12) });
    expect(change.nodes.get('c')).toEqual({ degree: 1, strength: 0.5, betweenness: 0 });
    expect(change.nodes.get('d')).toBeNull();
  });

  it('gives the change in each tie, null for a new one', () => {
    // a–b: (0.6 + 0.4) ÷ 2 = 0.5 → (0.2 + 0.4) ÷ 2 = 0.3.
    const change = networkChange(march, april, marchTies, aprilTies);
    expect([...change.ties.keys()]).toEqual(['a|b', 'b|c']);
    expect(change.ties.get('a|b')).toBeCloseTo(-0.2, 12);
    expect(change.ties.get('b|c')).toBeNull();
  });

  it('gives null everywhere without a previous month', () => {
    const change = networkChange(null, april, [], aprilTies);
    expect([...change.nodes.values()]).toEqual([null, null, null, null]);
    expect([...change.ties.values()]).toEqual([null, null]);
  });
});
