import { networkFixture, networkMapAnswer } from './network-fixtures';
import { decodeNetworkMap, type NetworkMapAnswer } from './network-map';

/** Partners as the API sends them: columns, b a single point of failure. */
const partners = (ids: string[], names: string[]) => ({
  organisationIds: ids,
  names,
  sectors: ids.map(() => 'NHS'),
  betweenness: ids.map((_, i) => i / 10),
  articulationPoints: ids.flatMap((id, i) => (id === 'b' ? [i] : [])),
  xs: ids.map((_, i) => i),
  ys: ids.map((_, i) => 2 * i),
});

/** Three partners; ties a–b (new since last month) and b–c; a–c flagged MISSING, c PERIPHERAL. */
const answer = (overrides: Partial<NetworkMapAnswer> = {}): NetworkMapAnswer => ({
  month: '2026-03',
  placeId: 'p1',
  ratedMonths: ['2026-03', '2026-02'],
  suppressed: false,
  suppressionReason: null,
  partners: partners(['a', 'b', 'c'], ['Ashby Hospital', 'Ashby Carers', 'Ashby Council']),
  ties: { sources: [0, 1], targets: [1, 2], strengths: [0.8, 0.25], strengthChanges: [null, -0.2] },
  weakLinks: [
    { kind: 'MISSING', sources: [0], targets: [2] },
    { kind: 'PERIPHERAL', sources: [2], targets: [null] },
  ],
  ...overrides,
});

describe('decoding the compact network map', () => {
  it('names each tie’s and weak link’s ends by the id of the partner at that number, with their figures', () => {
    const map = decodeNetworkMap(answer());
    expect(map.ties).toEqual([
      { sourceId: 'a', targetId: 'b', strength: 0.8, strengthChange: null },
      { sourceId: 'b', targetId: 'c', strength: 0.25, strengthChange: -0.2 },
    ]);
    expect(map.weakLinks).toEqual([
      { kind: 'MISSING', sourceId: 'a', targetId: 'c' },
      { kind: 'PERIPHERAL', sourceId: 'c', targetId: null },
    ]);
    expect(map.nodes).toEqual([
      { organisationId: 'a', name: 'Ashby Hospital', sector: 'NHS', betweenness: 0, articulationPoint: false, x: 0, y: 0 },
      { organisationId: 'b', name: 'Ashby Carers', sector: 'NHS', betweenness: 0.1, articulationPoint: true, x: 1, y: 2 },
      { organisationId: 'c', name: 'Ashby Council', sector: 'NHS', betweenness: 0.2, articulationPoint: false, x: 2, y: 4 },
    ]);
    expect(map).toMatchObject({ month: '2026-03', placeId: 'p1', ratedMonths: ['2026-03', '2026-02'], suppressed: false, suppressionReason: null });
  });

  it('gives back a whole month’s map fields exactly, encoded as the API encodes them', () => {
    const network = networkFixture();
    const map = decodeNetworkMap(networkMapAnswer(network));
    expect(map.nodes).toEqual(network.nodes.map(({ organisationId, name, sector, betweenness, articulationPoint, x, y }) => ({ organisationId, name, sector, betweenness, articulationPoint, x, y })));
    expect(map.ties).toEqual(network.ties.map(({ sourceId, targetId, strength, strengthChange }) => ({ sourceId, targetId, strength, strengthChange })));
    // Weak links come by kind, so in another order.
    const key = ({ kind, sourceId, targetId }: { kind: string; sourceId: string; targetId: string | null }) => `${kind}|${sourceId}|${targetId ?? ''}`;
    expect(map.weakLinks.map(key).sort()).toEqual(network.weakLinks.map(key).sort());
  });

  it('decodes a hidden month to no partners, ties or flags, with the reason', () => {
    const hidden = answer({ suppressed: true, suppressionReason: 'Fewer than 5 partners rated', partners: partners([], []), ties: { sources: [], targets: [], strengths: [], strengthChanges: [] }, weakLinks: [] });
    expect(decodeNetworkMap(hidden)).toMatchObject({ suppressed: true, suppressionReason: 'Fewer than 5 partners rated', nodes: [], ties: [], weakLinks: [] });
  });

  it('refuses a tie naming a partner the map does not have', () => {
    expect(() => decodeNetworkMap(answer({ ties: { sources: [0], targets: [3], strengths: [0.5], strengthChanges: [0] } }))).toThrow("The network map's tie names partner 3, but the map has 3 partners");
  });

  it('refuses an articulation point that is not one of the partners', () => {
    expect(() => decodeNetworkMap(answer({ partners: { ...partners(['a', 'b', 'c'], ['A', 'B', 'C']), articulationPoints: [3] } }))).toThrow(
      "The network map's articulation point names partner 3, but the map has 3 partners",
    );
  });

  it('refuses columns of different lengths', () => {
    expect(() => decodeNetworkMap(answer({ partners: { ...partners(['a', 'b', 'c'], ['A', 'B', 'C']), xs: [0, 1] } }))).toThrow("The network map's partners columns differ in length");
    expect(() => decodeNetworkMap(answer({ ties: { sources: [0, 1], targets: [1, 2], strengths: [0.5], strengthChanges: [0, 0] } }))).toThrow("The network map's ties columns differ in length");
    expect(() => decodeNetworkMap(answer({ weakLinks: [{ kind: 'MISSING', sources: [0, 1], targets: [2] }] }))).toThrow("The network map's MISSING weak links columns differ in length");
  });
});
