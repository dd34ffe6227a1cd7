import { recoverableByDifferencing } from '@stewardship/disclosure';
import { SECONDARY_SUPPRESSION_REASON, smallGroupReason } from '@stewardship/scores';
import fc from 'fast-check';
import { relationshipSummary } from './relationship-summary';
import type { OrganisationRatingTally } from './surveys.queries';

/** One rating: the response it is part of, who gave it (the response's organisation), whom it rates, and the scores. */
interface Rating {
  response: number;
  from: string;
  to: string;
  trust: number;
  value: number;
}

const SECTORS: Record<string, string> = { A: 'NHS', B: 'VCSE', C: 'VCSE', D: 'LOCAL_GOVERNMENT', E: 'NHS' };

/** The tallies surveys.queries.ts ratingTallies would return, worked from the ratings themselves. */
function tallies(ratings: readonly Rating[]): OrganisationRatingTally[] {
  const orgs = [...new Set(ratings.flatMap((r) => [r.from, r.to]))].sort();
  return orgs.map((org) => {
    const given = ratings.filter((r) => r.from === org);
    const received = ratings.filter((r) => r.to === org);
    const distinct = (values: readonly unknown[]) => new Set(values).size;
    return {
      organisationId: org,
      sector: SECTORS[org],
      kind: SECTORS[org],
      givenRespondents: distinct(given.map((r) => r.response)),
      partnersRated: distinct(given.map((r) => r.to)),
      givenRatings: given.length,
      receivedRespondents: distinct(received.map((r) => r.response)),
      ratingOrganisations: distinct(received.map((r) => r.from)),
      receivedRatings: received.length,
      trustTotal: received.reduce((sum, r) => sum + r.trust, 0),
      valueTotal: received.reduce((sum, r) => sum + r.value, 0),
    };
  });
}

/** `count` responses from `from`, each rating every one of `to` with the given trust and value. */
function responses(first: number, count: number, from: string, to: readonly string[], trust = 4, value = 3): Rating[] {
  return Array.from({ length: count }, (_, i) => to.map((t) => ({ response: first + i, from, to: t, trust, value }))).flat();
}

describe('relationshipSummary', () => {
  // Minimum 3. A: 4 responses rating B and C (8 ratings); B: 3 responses rating A; C: 1 response rating A and B.
  // Given: A 4 (a block), B 3 and C 1: C merges with B (same sector), so B is hidden as secondary, C as small.
  // Received: A 4 responses (3 from B + 1 from C), B 5 (4 from A + 1 from C), C 4 (from A): all blocks of their own.
  const ratings = [
    ...responses(1, 4, 'A', ['B', 'C'], 4, 3),
    ...responses(5, 3, 'B', ['A'], 2, 5),
    ...responses(8, 1, 'C', ['A', 'B'], 5, 1),
  ];
  const summary = (org: string, minimum = 3) => relationshipSummary(tallies(ratings), org, minimum);

  it('publishes what a partner gave when it is a block of its own', () => {
    expect(summary('A').given).toEqual({ suppressed: false, suppressionReason: null, respondents: 4, partnersRated: 2, ratings: 8 });
  });

  it('hides a partner with too few respondents, and the one it merges with so that neither can be subtracted out', () => {
    expect(summary('C').given).toEqual({ suppressed: true, suppressionReason: smallGroupReason(3), respondents: null, partnersRated: null, ratings: null });
    expect(summary('B').given).toEqual({ suppressed: true, suppressionReason: SECONDARY_SUPPRESSION_REASON, respondents: null, partnersRated: null, ratings: null });
  });

  it('publishes ratings received with mean trust and value worked by hand', () => {
    // A is rated by B's 3 responses (trust 2, value 5) and C's one (trust 5, value 1): trust (3×2 + 5) / 4 = 2.75, value (3×5 + 1) / 4 = 4.
    expect(summary('A').received).toEqual({ suppressed: false, suppressionReason: null, respondents: 4, ratingOrganisations: 2, ratings: 4, meanTrust: 2.75, meanValue: 4 });
    // B is rated by A's 4 responses (4, 3) and C's one (5, 1): trust 21 / 5 = 4.2, value 13 / 5 = 2.6.
    expect(summary('B').received).toMatchObject({ respondents: 5, ratingOrganisations: 2, ratings: 5, meanTrust: 4.2, meanValue: 2.6 });
  });

  it('hides everything below a larger minimum, and a partner with no ratings at all', () => {
    expect(summary('A', 5).received).toMatchObject({ suppressed: true, suppressionReason: smallGroupReason(5), meanTrust: null, meanValue: null, ratings: null });
    expect(summary('D').given).toMatchObject({ suppressed: true, suppressionReason: smallGroupReason(3) });
    expect(summary('D').received).toMatchObject({ suppressed: true, suppressionReason: smallGroupReason(3) });
  });

  // The attack: every figure published for every partner is a sum over a group of ratings (counts, trust and value
  // sums), so an attacker can combine them linearly. No hidden side, and no single response's ratings, may be in the
  // span of what is published.
  it('lets no hidden partner, nor any single response, be worked out by differencing the published figures', () => {
    const orgs = Object.keys(SECTORS);
    const arbitraryResponse = fc.record({ from: fc.constantFrom(...orgs), rates: fc.subarray(orgs, { minLength: 1 }) });
    fc.assert(
      fc.property(fc.array(arbitraryResponse, { minLength: 1, maxLength: 14 }), fc.integer({ min: 2, max: 4 }), (drawn, minimum) => {
        const all: Rating[] = drawn.flatMap(({ from, rates }, response) => rates.filter((to) => to !== from).map((to) => ({ response, from, to, trust: 3, value: 3 })));
        if (!all.length) return;
        const tally = tallies(all);
        const vector = (test: (r: Rating) => boolean) => all.map((r) => (test(r) ? 1 : 0));
        const published: number[][] = [];
        const hidden: number[][] = [];
        for (const { organisationId: org } of tally) {
          const { given, received } = relationshipSummary(tally, org, minimum);
          const givenVector = vector((r) => r.from === org);
          const receivedVector = vector((r) => r.to === org);
          (given.suppressed ? hidden : published).push(givenVector);
          (received.suppressed ? hidden : published).push(receivedVector);
        }
        const singles = [...new Set(all.map((r) => r.response))].map((response) => vector((r) => r.response === response));
        const targets = [...hidden, ...singles].filter((v) => v.some(Boolean));
        expect(recoverableByDifferencing(published, targets)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
