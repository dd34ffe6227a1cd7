import { createHash } from 'node:crypto';
import { networkMetrics, organisationTies, type NetworkMetrics, type NetworkNodeInput, type NetworkRating, type NetworkTieInput, type OrganisationTie } from '@stewardship/network';
import type { NetworkPartner } from '../organisations/organisations.queries';

/**
 * Change when what networkMonth or networkMetrics compute changes, so that figures kept for a month (network_metrics)
 * under the old definitions are recomputed rather than served.
 */
export const NETWORK_FIGURES_VERSION = 1;

/** One month of a network: its partners, its organisation ties (libs/network organisationTies) and who answered. */
export interface NetworkMonth {
  month: string;
  /** The network's current partners, and archived ones with a tie this month; `place` as NetworkNode.placeId. */
  nodes: (NetworkNodeInput & { name: string })[];
  ties: OrganisationTie[];
  /** Partners whose respondents rated a partner in this network this month. */
  respondentOrganisations: number;
}

/**
 * A month's network from its ratings among the network's partners: organisation A's tie to B is the mean of the
 * month's ratings of B by A's respondents (libs/network organisationTies), never one person's rating. `placeId` is
 * the place whose network it is, null for the whole system's.
 */
export function networkMonth(month: string, partners: readonly NetworkPartner[], ratings: readonly NetworkRating[], placeId: string | null): NetworkMonth {
  const ties = organisationTies(ratings);
  const tied = new Set(ties.flatMap((tie) => [tie.source, tie.target]));
  const nodes = partners
    .filter((partner) => !partner.archived || tied.has(partner.id))
    .map((partner) => {
      const place = placeId ?? (partner.placeIds.length === 1 ? partner.placeIds[0] : undefined);
      return { id: partner.id, name: partner.name, sector: partner.sector, ...(place ? { place } : {}) };
    });
  return { month, nodes, ties, respondentOrganisations: new Set(ties.map((tie) => tie.source)).size };
}

/** The ties as libs/network's graph functions take them: weighted by tie strength. */
export function weightedTies(ties: readonly OrganisationTie[]): NetworkTieInput[] {
  return ties.map((tie) => ({ source: tie.source, target: tie.target, weight: tie.strength }));
}

/** The month's figures (libs/network networkMetrics on the organisation ties, weighted by strength). */
export function monthMetrics(network: NetworkMonth): NetworkMetrics {
  return networkMetrics(
    network.nodes.map(({ id, sector, place }) => ({ id, sector, ...(place ? { place } : {}) })),
    weightedTies(network.ties),
  );
}

/**
 * What a month's figures were computed from, in 32 hex digits: the digest of the month's ratings among the network's
 * partners (surveys' networkRatings), the partners with what decides whether and how each is a node (archived,
 * sector, places), and NETWORK_FIGURES_VERSION. Kept figures with another digest are stale.
 */
export function metricsDigest(ratingsDigest: string, partners: readonly NetworkPartner[], placeId: string | null): string {
  const hash = createHash('md5').update(`v${NETWORK_FIGURES_VERSION}|${placeId ?? 'system'}|${ratingsDigest}`);
  for (const partner of [...partners].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(`|${partner.id}:${partner.sector}:${partner.archived ? 1 : 0}:${partner.placeIds.join(',')}`);
  }
  return hash.digest('hex');
}
