import type { NetworkRating } from '@stewardship/network';
import type { NetworkPartner } from '../organisations/organisations.queries';
import { metricsDigest, networkDigest, networkMonth, weightedTies } from './network-month';

const partner = (id: string, overrides: Partial<NetworkPartner> = {}): NetworkPartner => ({ id, name: `Partner ${id}`, sector: 'NHS', placeIds: ['north'], archived: false, ...overrides });
const PARTNERS = [partner('a'), partner('b', { sector: 'VCSE', placeIds: ['north', 'south'] }), partner('c', { placeIds: [] }), partner('gone', { archived: true }), partner('left', { archived: true })];
const rating = (from: string, to: string, trust: number, value: number, contactFrequency: NetworkRating['contactFrequency'] = 'WEEKLY'): NetworkRating => ({ from, to, trust, value, contactFrequency });

describe('networkMonth', () => {
  // a's two respondents rate b 5,5 weekly (strength 1) and 1,1 rarely (0): a's view of b is their mean, 0.5, n 2.
  const ratings = [rating('a', 'b', 5, 5), rating('a', 'b', 1, 1, 'RARELY'), rating('b', 'a', 3, 3, 'MONTHLY'), rating('left', 'a', 4, 4)];

  it("makes organisation ties the mean of each organisation's respondents' ratings, never one person's", () => {
    const month = networkMonth('2026-03', PARTNERS, ratings, null);
    const ab = month.ties.find((tie) => tie.source === 'a' && tie.target === 'b');
    expect(ab).toMatchObject({ n: 2, meanTrust: 3, meanValue: 3, contactScore: 0.5, strength: 0.5 });
    expect(weightedTies(month.ties)).toContainEqual({ source: 'a', target: 'b', weight: 0.5 });
  });

  it('has the current partners, and archived ones only in a month they have a tie', () => {
    expect(networkMonth('2026-03', PARTNERS, ratings, null).nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'left']);
    expect(networkMonth('2026-03', PARTNERS, [], null).nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
  });

  it("counts the partners whose respondents rated someone: a, b and the archived partner's", () => {
    expect(networkMonth('2026-03', PARTNERS, ratings, null).respondentOrganisations).toBe(3);
    expect(networkMonth('2026-03', PARTNERS, [], null).respondentOrganisations).toBe(0);
  });

  it("places each node in the place shown, or in the whole system's network in its one place (none when it serves several or none)", () => {
    const place = (placeId: string | null) => Object.fromEntries(networkMonth('2026-03', PARTNERS, ratings, placeId).nodes.map((node) => [node.id, node.place ?? null]));
    expect(place('north')).toEqual({ a: 'north', b: 'north', c: 'north', left: 'north' });
    expect(place(null)).toEqual({ a: 'north', b: null, c: null, left: 'north' });
  });
});

describe('metricsDigest', () => {
  const digest = metricsDigest('20-123', PARTNERS, null);

  it('is the same for the same inputs, whatever order the partners come in', () => {
    expect(metricsDigest('20-123', [...PARTNERS].reverse(), null)).toBe(digest);
    expect(digest).toMatch(/^[0-9a-f]{32}$/);
  });

  it("changes with the month's ratings, the network, and anything that decides a partner's node", () => {
    const others = [
      metricsDigest('21-123', PARTNERS, null),
      metricsDigest('20-123', PARTNERS, 'north'),
      metricsDigest('20-123', PARTNERS.slice(1), null),
      metricsDigest('20-123', [partner('a', { sector: 'VCSE' }), ...PARTNERS.slice(1)], null),
      metricsDigest('20-123', [partner('a', { archived: true }), ...PARTNERS.slice(1)], null),
      metricsDigest('20-123', [partner('a', { placeIds: ['south'] }), ...PARTNERS.slice(1)], null),
    ];
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
  });
});

describe('networkDigest', () => {
  const input = { placeId: 'north', partners: PARTNERS, months: [{ month: '2026-02', ratingsDigest: '10-1' }, { month: '2026-03', ratingsDigest: '12-7' }], coAffected: [{ a: 'a', b: 'c', decisions: 3 }], minimumGroupSize: 5 };
  const digest = networkDigest(input);

  it('changes with any month looked back over, the co-affected pairs, the minimum group size or the partners', () => {
    const others = [
      networkDigest({ ...input, months: [{ month: '2026-02', ratingsDigest: '10-1' }, { month: '2026-03', ratingsDigest: '13-9' }] }),
      networkDigest({ ...input, months: [{ month: '2026-03', ratingsDigest: '12-7' }] }),
      networkDigest({ ...input, coAffected: [{ a: 'a', b: 'c', decisions: 4 }] }),
      networkDigest({ ...input, minimumGroupSize: 3 }),
      networkDigest({ ...input, partners: PARTNERS.slice(1) }),
      networkDigest({ ...input, placeId: null }),
    ];
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
    expect(networkDigest({ ...input, partners: [...PARTNERS].reverse() })).toBe(digest);
  });
});
