import { networkFixture, networkTie } from './network-fixtures';
import { buildNetworkGraph, CHANGE_COLOURS, KIND_COLOURS, networkGraphData, pairKey, positionExtent, tieChanges, tieColour, tieWidth, weakLinkIndex } from './network-graph';

const EQUAL = { sizeBy: 'equal', colourBy: 'weakLinks', previous: null } as const;

describe('the network graph the map draws', () => {
  it('puts every partner at the position the API kept, as an equal dot coloured by sector', () => {
    const { nodes } = networkGraphData(networkFixture(), EQUAL);
    expect([...nodes.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(nodes.get('d')).toMatchObject({ x: 5, y: 12, label: 'Northshire Council', sector: 'LOCAL_GOVERNMENT', color: '#d55e00' });
    expect(new Set([...nodes.values()].map((node) => node.size))).toEqual(new Set([5]));
  });

  it('marks the broker as a diamond and the peripheral partner as a square', () => {
    const { nodes } = networkGraphData(networkFixture(), EQUAL);
    expect(nodes.get('c')?.shape).toBe('diamond');
    expect(nodes.get('e')).toMatchObject({ shape: 'square', peripheral: true });
    expect(nodes.get('a')?.shape).toBe('circle');
  });

  it('sizes by betweenness by area: the top broker 16 px, others from 5 px by the square root of their share', () => {
    const network = networkFixture();
    network.nodes[0] = { ...network.nodes[0], betweenness: 1 / 12 };
    const { nodes } = networkGraphData(network, { ...EQUAL, sizeBy: 'betweenness' });
    expect(nodes.get('c')?.size).toBe(16);
    // a: 5 + 11 × √((1/12) ÷ (1/3)) = 5 + 11 × 0.5 = 10.5
    expect(nodes.get('a')?.size).toBeCloseTo(10.5, 10);
    expect(nodes.get('b')?.size).toBe(5);
  });

  it('keeps equal dots when nobody brokers anything', () => {
    const network = networkFixture({ nodes: networkFixture().nodes.map((node) => ({ ...node, betweenness: 0 })) });
    expect(new Set([...networkGraphData(network, { ...EQUAL, sizeBy: 'betweenness' }).nodes.values()].map((node) => node.size))).toEqual(new Set([5]));
  });

  it('draws ties by strength and colours the flagged ones by their most pressing kind', () => {
    const { edges } = networkGraphData(networkFixture(), EQUAL);
    // a–b: 0.5 + 3 × 0.8 = 2.9 px, alpha 0.2 + 0.6 × 0.8 = 0.68
    expect(edges.get('a|b')?.attributes).toMatchObject({ status: 'tie', strength: 0.8, color: 'rgba(118,134,146,0.68)', kinds: [] });
    expect(edges.get('a|b')?.attributes.size).toBeCloseTo(2.9, 10);
    // a–c is both low strength and one-sided: one-sided comes first.
    expect(edges.get('a|c')?.attributes).toMatchObject({ kinds: ['LOW_STRENGTH', 'ONE_SIDED'], color: KIND_COLOURS.ONE_SIDED });
    // The API flagged c → b; the map's link is b|c.
    expect(edges.get('b|c')?.attributes).toMatchObject({ kinds: ['DECLINING'], color: KIND_COLOURS.DECLINING });
  });

  it('adds a missing link for partners co-affected by decisions with no rated tie', () => {
    const { edges } = networkGraphData(networkFixture(), EQUAL);
    expect(edges.get('a|d')).toEqual({ source: 'a', target: 'd', attributes: expect.objectContaining({ status: 'missing', strength: null, size: 1.5, color: KIND_COLOURS.MISSING }) });
    expect(edges.size).toBe(5);
  });

  it('colouring by change: new ties, ties down by 0.1 or more, and last month’s ties that broke', () => {
    const current = networkFixture();
    const previous = networkFixture({ month: '2026-02', ties: [networkTie('a', 'b', 0.8), networkTie('b', 'c', 0.75), networkTie('a', 'e', 0.4)] });
    expect(tieChanges(current, previous)).toEqual(
      new Map([
        ['b|c', 'weakened'],
        ['c|d', 'formed'],
        ['a|e', 'broken'],
      ]),
    );
    const { edges } = networkGraphData(current, { ...EQUAL, colourBy: 'changes', previous });
    expect(edges.get('a|e')?.attributes).toMatchObject({ status: 'broken', change: 'broken', color: CHANGE_COLOURS.broken, strength: 0.4 });
    expect(edges.get('c|d')?.attributes.color).toBe(CHANGE_COLOURS.formed);
    expect(edges.get('a|b')?.attributes.color).toBe(tieColour(0.8));
    expect(edges.get('a|c')?.attributes.color).toBe(tieColour(0.3));
  });

  it('shows no change without a previous month', () => {
    expect(tieChanges(networkFixture(), null).size).toBe(0);
  });

  it('indexes weak links by pair, whichever way round, and by partner', () => {
    const index = weakLinkIndex(networkFixture().weakLinks);
    expect(index.pairs.get('a|c')).toEqual(['LOW_STRENGTH', 'ONE_SIDED']);
    expect(index.pairs.get('a|d')).toEqual(['MISSING']);
    expect(index.partners.get('e')).toEqual(['PERIPHERAL']);
    expect(pairKey('z', 'y')).toBe('y|z');
  });

  it('ties from 0.5 px faint to 3.5 px dark', () => {
    expect(tieWidth(0)).toBe(0.5);
    expect(tieWidth(1)).toBe(3.5);
    expect(tieColour(0)).toBe('rgba(118,134,146,0.20)');
    expect(tieColour(1)).toBe('rgba(118,134,146,0.80)');
  });

  it('builds the graph the renderer draws: every partner, and every tie and missing link by its pair key', () => {
    const graph = buildNetworkGraph(networkGraphData(networkFixture(), EQUAL));
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(graph.edges()).toEqual(['a|b', 'a|c', 'b|c', 'c|d', 'a|d']);
    expect(graph.extremities('a|d')).toEqual(['a', 'd']);
    expect(graph.getEdgeAttribute('a|d', 'status')).toBe('missing');
    expect(graph.type).toBe('undirected');
  });

  it('frames the positions of the month it is given', () => {
    expect(positionExtent(networkFixture())).toEqual({ x: [-8, 10], y: [0, 12] });
    expect(positionExtent(networkFixture({ nodes: [] }))).toBeNull();
  });
});
