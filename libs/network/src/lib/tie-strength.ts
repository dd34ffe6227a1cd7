import { checkId, NetworkInputError } from './network-input';

export type ContactFrequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'RARELY';

/** How often partners are in personal contact, as a 0–1 score: evenly spaced from rarely (0) to weekly (1). */
export const CONTACT_SCORES: Readonly<Record<ContactFrequency, number>> = {
  WEEKLY: 1,
  MONTHLY: 2 / 3,
  QUARTERLY: 1 / 3,
  RARELY: 0,
};

/** Trust and value are rated 1–5. */
export const RATING_SCALE = { min: 1, max: 5 } as const;

/** One person's rating (what relationship_ratings holds), for aggregation into organisation ties. */
export interface NetworkRating {
  from: string;
  to: string;
  trust: number;
  value: number;
  contactFrequency: ContactFrequency;
}

/** Directed organisation tie for a month: means of that month's ratings of `target` by `source`'s respondents. */
export interface OrganisationTie {
  source: string;
  target: string;
  /** Ratings behind the tie. */
  n: number;
  meanTrust: number;
  meanValue: number;
  /** Mean of the ratings' contact scores (CONTACT_SCORES). */
  contactScore: number;
  /** tieStrength of the means; equal to the mean of the ratings' strengths, since the formula is linear. */
  strength: number;
}

const scaled = (rating: number) => (rating - RATING_SCALE.min) / (RATING_SCALE.max - RATING_SCALE.min);

/**
 * Tie strength of a directed rating, 0–1: the mean of three equally weighted parts, each 0–1,
 *   (trust − 1) ÷ 4,  (value − 1) ÷ 4,  and the contact score (weekly 1, monthly 2/3, quarterly 1/3, rarely 0).
 * So trust 5, value 5, weekly contact is 1; trust 1, value 1, rarely in contact is 0; trust 3, value 4, monthly is
 * (0.5 + 0.75 + 2/3) ÷ 3 ≈ 0.639. The strength of an undirected tie is the mean of its two directions (see
 * `undirectedTies`).
 */
export function tieStrength(rating: { trust: number; value: number; contactFrequency: ContactFrequency }): number {
  checkRating(rating.trust, 'trust');
  checkRating(rating.value, 'value');
  return strengthOf(rating.trust, rating.value, contactScore(rating.contactFrequency, 'contactFrequency'));
}

/**
 * The month's directed organisation ties: per ordered pair (from, to), the number of ratings and the means of
 * trust, value and contact score, and the strength of those means. Sorted by source, then target.
 */
export function organisationTies(ratings: readonly NetworkRating[]): OrganisationTie[] {
  const sums = new Map<string, { source: string; target: string; n: number; trust: number; value: number; contact: number }>();
  ratings.forEach((rating, i) => {
    const field = `ratings[${i}]`;
    checkId(rating.from, `${field}.from`);
    checkId(rating.to, `${field}.to`);
    if (rating.from === rating.to) throw new NetworkInputError(`${field}.to`, 'an organisation cannot rate itself');
    checkRating(rating.trust, `${field}.trust`);
    checkRating(rating.value, `${field}.value`);
    const contact = contactScore(rating.contactFrequency, `${field}.contactFrequency`);
    const key = `${rating.from}\u0000${rating.to}`;
    const sum = sums.get(key) ?? { source: rating.from, target: rating.to, n: 0, trust: 0, value: 0, contact: 0 };
    sum.n += 1;
    sum.trust += rating.trust;
    sum.value += rating.value;
    sum.contact += contact;
    sums.set(key, sum);
  });
  return [...sums.values()]
    .map(({ source, target, n, trust, value, contact }) => {
      const meanTrust = trust / n;
      const meanValue = value / n;
      const meanContact = contact / n;
      return {
        source,
        target,
        n,
        meanTrust,
        meanValue,
        contactScore: meanContact,
        strength: strengthOf(meanTrust, meanValue, meanContact),
      };
    })
    .sort((x, y) => compare(x.source, y.source) || compare(x.target, y.target));
}

function strengthOf(trust: number, value: number, contact: number): number {
  return (scaled(trust) + scaled(value) + contact) / 3;
}

function contactScore(frequency: unknown, field: string): number {
  if (typeof frequency !== 'string' || !Object.hasOwn(CONTACT_SCORES, frequency)) {
    throw new NetworkInputError(field, `must be one of ${Object.keys(CONTACT_SCORES).join(', ')}; got ${JSON.stringify(frequency)}`);
  }
  return CONTACT_SCORES[frequency as ContactFrequency];
}

function checkRating(value: unknown, field: string): void {
  if (typeof value !== 'number' || !(value >= RATING_SCALE.min && value <= RATING_SCALE.max)) {
    throw new NetworkInputError(field, `must be a number from ${RATING_SCALE.min} to ${RATING_SCALE.max}; got ${JSON.stringify(value)}`);
  }
}

/** Plain code-unit order, the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
