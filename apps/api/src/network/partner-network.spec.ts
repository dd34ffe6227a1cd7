import { WEAK_LINK_KINDS, type NetworkRating } from '@stewardship/network';
import type { NetworkPartner } from '../organisations/organisations.queries';
import { monthMetrics, networkMonth } from './network-month';
import { hiddenNetwork, networkHidden, networkMap, networkSuppressionReason, partnerNetwork, type PartnerNetworkInput } from './partner-network';

const partner = (id: string, sector: string): NetworkPartner => ({ id, name: `Partner ${id}`, sector, placeIds: ['north'], archived: false });
const PARTNERS = [partner('a', 'NHS'), partner('b', 'NHS'), partner('c', 'VCSE')];
const rating = (from: string, to: string, trust: number, value: number, contactFrequency: NetworkRating['contactFrequency']): NetworkRating => ({ from, to, trust, value, contactFrequency });
// Strength ((trust − 1) ÷ 4 + (value − 1) ÷ 4 + contact) ÷ 3: a→b 5,5 weekly = 1; b→a 3,3 monthly = 5/9; b→c 1,1 weekly = 1/3.
const MARCH = networkMonth('2026-03', PARTNERS, [rating('a', 'b', 5, 5, 'WEEKLY'), rating('b', 'a', 3, 3, 'MONTHLY'), rating('b', 'c', 1, 1, 'WEEKLY')], 'north');
const POSITIONS = new Map([
  ['a', { x: 1, y: 2 }],
  ['b', { x: 3, y: 4 }],
  ['c', { x: 5, y: 6 }],
]);
const input = (overrides: Partial<PartnerNetworkInput> = {}): PartnerNetworkInput => ({
  placeId: 'north',
  ratedMonths: ['2026-03'],
  minimumGroupSize: 2,
  months: [MARCH],
  metrics: monthMetrics(MARCH),
  previous: null,
  coAffected: [],
  positions: POSITIONS,
  ...overrides,
});

const near = (value: number) => expect.closeTo(value, 12);

describe('networkHidden', () => {
  it('hides a network built from fewer respondent organisations than the minimum group size', () => {
    // a and b rated partners: two respondent organisations.
    expect(networkHidden(MARCH, 2)).toBeNull();
    expect(networkHidden(MARCH, 3)).toBe('Fewer than 3 respondent organisations: hidden to protect respondents');
  });

  it('shows nothing built from ratings when hidden: the month, the reason and the count only', () => {
    expect(hiddenNetwork('2026-03', 'north', ['2026-03'], 2, 3)).toEqual({
      month: '2026-03', placeId: 'north', ratedMonths: ['2026-03'], suppressed: true, suppressionReason: networkSuppressionReason(3), respondentOrganisations: 2,
      density: null, reciprocity: null, eiIndex: null, communitySectorNmi: null, componentCount: 0, nodes: [], ties: [], weakLinks: [], sectors: [],
    });
  });
});

describe('partnerNetwork', () => {
  const served = partnerNetwork(input());

  it('serves the figures of libs/network: three partners, three directed ties, density 3 ÷ 6', () => {
    expect(served).toMatchObject({ month: '2026-03', placeId: 'north', suppressed: false, respondentOrganisations: 2, density: 0.5, componentCount: 1 });
    // a→b and b→a answer each other, b→c does not: reciprocity 2 ÷ 3.
    expect(served.reciprocity).toBeCloseTo(2 / 3, 12);
    // a–b within NHS, b–c across: (1 − 1) ÷ 2.
    expect(served.eiIndex).toBe(0);
  });

  it('gives each undirected tie both views and the ratings behind each', () => {
    expect(served.ties).toEqual([
      { id: 'a|b', sourceId: 'a', targetId: 'b', strength: near(7 / 9), forwardStrength: 1, backwardStrength: near(5 / 9), forwardRatings: 1, backwardRatings: 1, reciprocityGap: near(4 / 9), oneSided: false, bridge: true, strengthChange: null },
      { id: 'b|c', sourceId: 'b', targetId: 'c', strength: near(1 / 3), forwardStrength: near(1 / 3), backwardStrength: null, forwardRatings: 1, backwardRatings: 0, reciprocityGap: null, oneSided: true, bridge: true, strengthChange: null },
    ]);
  });

  it("puts each partner at its kept position, with no change when there is no previous month", () => {
    expect(served.nodes.map((node) => [node.organisationId, node.x, node.y, node.placeId, node.degreeChange, node.articulationPoint])).toEqual([
      ['a', 1, 2, 'north', null, false],
      ['b', 3, 4, 'north', null, true],
      ['c', 5, 6, 'north', null, false],
    ]);
    expect(() => partnerNetwork(input({ positions: new Map([['a', { x: 0, y: 0 }]]) }))).toThrow(/No kept position/);
  });

  it('hides the shares of a sector with fewer respondent organisations than the minimum group size', () => {
    // NHS: a and b rated partners; VCSE: nobody in it did.
    expect(served.sectors).toEqual([
      { sector: 'NHS', ties: 2, internalShare: 0.5, eiIndex: 0 },
      { sector: 'VCSE', ties: 1, internalShare: null, eiIndex: null },
    ]);
  });

  it('flags weak links with an id of their kind and partners, and their reason', () => {
    // b–c: strength 1/3, below 0.35, and only b rated it.
    expect(served.weakLinks.map((link) => link.id)).toEqual(expect.arrayContaining(['LOW_STRENGTH|b|c', 'ONE_SIDED|b|c']));
    for (const link of served.weakLinks) expect(link.reason).not.toBe('');
  });

  it('serves change since the previous month', () => {
    const february = networkMonth('2026-02', PARTNERS, [rating('a', 'b', 5, 5, 'WEEKLY'), rating('c', 'b', 1, 1, 'WEEKLY')], 'north');
    const changed = partnerNetwork(input({ months: [february, MARCH], previous: { network: february, metrics: monthMetrics(february) } }));
    expect(changed.ties.find((tie) => tie.id === 'a|b')?.strengthChange).toBeCloseTo((1 + 5 / 9) / 2 - 1, 12);
    expect(changed.ties.find((tie) => tie.id === 'b|c')?.strengthChange).toBeCloseTo(0, 12);
    expect(changed.nodes.map((node) => node.degreeChange)).toEqual([0, 0, 0]);
  });
});

describe('networkMap', () => {
  it('gives the map the partners in order and each tie and weak link by partner number', () => {
    const map = networkMap(partnerNetwork(input()));
    expect(map.partners).toEqual({
      organisationIds: ['a', 'b', 'c'],
      names: ['Partner a', 'Partner b', 'Partner c'],
      sectors: ['NHS', 'NHS', 'VCSE'],
      xs: [1, 3, 5],
      ys: [2, 4, 6],
      betweenness: [0, 1, 0],
      // b's departure would split a–b–c.
      articulationPoints: [1],
    });
    // a–b is partners 0 and 1, b–c partners 1 and 2, as the full network's ties.
    // Strengths to three decimal places: 7/9 and 1/3.
    expect(map.ties).toEqual({ sources: [0, 1], targets: [1, 2], strengths: [0.778, 0.333], strengthChanges: [null, null] });
    // Weak links by kind, in the libraries' order of kinds, each kind once.
    const kinds = map.weakLinks.map((group) => group.kind);
    expect(kinds).toEqual(WEAK_LINK_KINDS.filter((kind) => kinds.includes(kind)));
    const links = map.weakLinks.flatMap(({ kind, sources, targets }) => sources.map((source, i) => `${kind}|${source}|${targets[i] ?? ''}`));
    expect(links.sort()).toEqual(partnerNetwork(input()).weakLinks.map((link) => link.id.replace(/\b[abc]\b/g, (id) => String('abc'.indexOf(id)))).sort());
    expect(links).toEqual(expect.arrayContaining(['LOW_STRENGTH|1|2', 'ONE_SIDED|1|2']));
  });

  it('rounds what it draws: positions to a hundredth, strengths and their changes to a thousandth', () => {
    const positions = new Map([
      ['a', { x: 282.32183837890625, y: -261.9765930175781 }],
      ['b', { x: 0.004999, y: 3 }],
      ['c', { x: 5, y: 6 }],
    ]);
    const february = networkMonth('2026-02', PARTNERS, [rating('a', 'b', 5, 5, 'WEEKLY'), rating('c', 'b', 1, 1, 'WEEKLY')], 'north');
    const map = networkMap(partnerNetwork(input({ positions, months: [february, MARCH], previous: { network: february, metrics: monthMetrics(february) } })));
    expect([map.partners.xs, map.partners.ys]).toEqual([[282.32, 0, 5], [-261.98, 3, 6]]);
    // a–b: (1 + 5/9) ÷ 2 − 1 = −0.2222…; b–c unchanged.
    expect(map.ties.strengthChanges).toEqual([-0.222, 0]);
  });

  it('draws nothing of a hidden network', () => {
    expect(networkMap(hiddenNetwork('2026-03', 'north', [], 1, 3))).toMatchObject({ suppressed: true, partners: { organisationIds: [], xs: [] }, ties: { sources: [] }, weakLinks: [] });
  });
});
