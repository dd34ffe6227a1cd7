import { groupDisclosure, planDisclosure, type Atom, type Disclosure, type DisclosurePlan } from '@stewardship/disclosure';
import { SECONDARY_SUPPRESSION_REASON, smallGroupReason } from '@stewardship/scores';
import type { OrganisationRatingTally } from './surveys.queries';

/** Ratings given by one partner's respondents in a month; every figure null when hidden. */
export interface RatingsGiven {
  suppressed: boolean;
  suppressionReason: string | null;
  /** Responses of the partner's people that rated at least one partner. */
  respondents: number | null;
  /** Distinct organisations rated. */
  partnersRated: number | null;
  ratings: number | null;
}

/** Ratings of one partner given by other partners' respondents in a month; every figure null when hidden. */
export interface RatingsReceived {
  suppressed: boolean;
  suppressionReason: string | null;
  /** Responses that rated the partner. */
  respondents: number | null;
  /** Distinct organisations those responses came from. */
  ratingOrganisations: number | null;
  /** Ratings received, the n of both means. */
  ratings: number | null;
  /** Σ trust ÷ ratings, on the 1 to 5 scale. */
  meanTrust: number | null;
  /** Σ value ÷ ratings, on the 1 to 5 scale. */
  meanValue: number | null;
}

export interface RelationshipSummary {
  given: RatingsGiven;
  received: RatingsReceived;
}

/** Small partners merge with the most similar: same sector first, then same kind. */
const traitsOf = (tally: OrganisationRatingTally) => [`sector:${tally.sector}`, `kind:${tally.kind}`];

function plan(tallies: readonly OrganisationRatingTally[], respondents: (tally: OrganisationRatingTally) => number, minimumGroupSize: number): DisclosurePlan {
  const atoms: Atom[] = tallies.map((tally) => ({ key: tally.organisationId, n: respondents(tally), traits: traitsOf(tally) }));
  return planDisclosure(atoms, minimumGroupSize);
}

function hiddenReason(disclosure: Disclosure, minimumGroupSize: number): string | null {
  if (disclosure.publishable) return null;
  return disclosure.reason === 'small' ? smallGroupReason(minimumGroupSize) : SECONDARY_SUPPRESSION_REASON;
}

/**
 * One partner's relationship ratings for one month, in aggregate, from every partner's tally of that month.
 *
 * Ratings given are grouped by the rating organisation and ratings received by the rated one: two partitions of the
 * month's ratings, linked by their totals (Σ given = Σ received). Each side is therefore protected as one table by
 * libs/disclosure, with the partners as atoms and their respondents as n: a partner's side is published only when
 * the partner is a whole block of at least `minimumGroupSize` respondents. Whatever is subtracted from the totals,
 * what is left is a union of hidden blocks, never a partner with fewer respondents. Only the whole of each side is
 * published (no breakdown by sector or kind), so no two published groups of one side overlap.
 */
export function relationshipSummary(tallies: readonly OrganisationRatingTally[], organisationId: string, minimumGroupSize: number): RelationshipSummary {
  const tally = tallies.find((t) => t.organisationId === organisationId);
  const givenDisclosure = groupDisclosure(plan(tallies, (t) => t.givenRespondents, minimumGroupSize), [organisationId]);
  const receivedDisclosure = groupDisclosure(plan(tallies, (t) => t.receivedRespondents, minimumGroupSize), [organisationId]);
  const givenReason = hiddenReason(givenDisclosure, minimumGroupSize);
  const receivedReason = hiddenReason(receivedDisclosure, minimumGroupSize);
  const given: RatingsGiven =
    tally && !givenReason
      ? { suppressed: false, suppressionReason: null, respondents: tally.givenRespondents, partnersRated: tally.partnersRated, ratings: tally.givenRatings }
      : { suppressed: true, suppressionReason: givenReason ?? smallGroupReason(minimumGroupSize), respondents: null, partnersRated: null, ratings: null };
  const received: RatingsReceived =
    tally && !receivedReason
      ? {
          suppressed: false,
          suppressionReason: null,
          respondents: tally.receivedRespondents,
          ratingOrganisations: tally.ratingOrganisations,
          ratings: tally.receivedRatings,
          meanTrust: tally.trustTotal / tally.receivedRatings,
          meanValue: tally.valueTotal / tally.receivedRatings,
        }
      : { suppressed: true, suppressionReason: receivedReason ?? smallGroupReason(minimumGroupSize), respondents: null, ratingOrganisations: null, ratings: null, meanTrust: null, meanValue: null };
  return { given, received };
}
