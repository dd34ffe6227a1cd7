import {
  networkChange,
  sectorMixing,
  tieKey,
  undirectedTies,
  weakLinks,
  WEAK_LINK_KINDS,
  type NetworkMetrics,
  type Position,
} from '@stewardship/network';
import type { PartnerNetworkMapModel } from './models/partner-network-map.model';
import type { PartnerNetworkModel } from './models/partner-network.model';
import { weightedTies, type NetworkMonth } from './network-month';

/** Why a network, or a sector's figures, are hidden: worded as the survey's other suppressed groups are (smallGroupReason). */
export function networkSuppressionReason(minimumGroupSize: number): string {
  return `Fewer than ${minimumGroupSize} respondent organisations: hidden to protect respondents`;
}

/**
 * Whether a month's network may be shown. Its ties are organisations' views of partners, each the mean of that
 * organisation's respondents' ratings (never one person's), and the survey says so beside the questions; what is
 * protected is the network as a whole: built from fewer respondent organisations than the minimum group size, it
 * is not shown at all.
 */
export function networkHidden(network: NetworkMonth, minimumGroupSize: number): string | null {
  return network.respondentOrganisations < minimumGroupSize ? networkSuppressionReason(minimumGroupSize) : null;
}

/** What a hidden (or empty) network shows: the month, who may look, the reason and nothing built from ratings. */
export function hiddenNetwork(month: string | null, placeId: string | null, ratedMonths: string[], respondentOrganisations: number, minimumGroupSize: number): PartnerNetworkModel {
  return {
    month,
    placeId,
    ratedMonths,
    suppressed: true,
    suppressionReason: networkSuppressionReason(minimumGroupSize),
    respondentOrganisations,
    density: null,
    reciprocity: null,
    eiIndex: null,
    communitySectorNmi: null,
    componentCount: 0,
    nodes: [],
    ties: [],
    weakLinks: [],
    sectors: [],
  };
}

export interface PartnerNetworkInput {
  placeId: string | null;
  ratedMonths: string[];
  minimumGroupSize: number;
  /** Oldest first, the month shown last: the months weak links look back over (see WEAK_LINK_DEFAULTS.decliningMonths). */
  months: NetworkMonth[];
  /** libs/network networkMetrics of the month shown. */
  metrics: NetworkMetrics;
  /** The month before, for change since then; null when there is none. */
  previous: { network: NetworkMonth; metrics: NetworkMetrics } | null;
  /** Pairs of the network's partners affected by the same decisions over the 12 months to the month shown. */
  coAffected: { a: string; b: string; decisions: number }[];
  /** The month's kept map position of every node. */
  positions: ReadonlyMap<string, Position>;
}

/**
 * A month's network as the API serves it, every figure from libs/network: the partners with their metrics, kept
 * positions and change since the previous month; the undirected ties with both directions; weak links with their
 * reasons; and mixing by sector, whose shares are hidden for a sector with fewer respondent organisations than the
 * minimum group size. Call only for a network that may be shown (networkHidden).
 */
export function partnerNetwork(input: PartnerNetworkInput): PartnerNetworkModel {
  const { metrics, previous, minimumGroupSize } = input;
  const network = input.months[input.months.length - 1];
  const ties = weightedTies(network.ties);
  const change = networkChange(previous?.metrics ?? null, metrics, previous ? weightedTies(previous.network.ties) : [], ties);
  const communities = new Map(metrics.nodes.map((node) => [node.id, node.community]));
  const mixing = sectorMixing(
    network.nodes.map(({ id, sector }) => ({ id, sector })),
    ties,
    communities,
  );

  const sectorOf = new Map(network.nodes.map((node) => [node.id, node.sector]));
  const respondentsBySector = new Map<string, Set<string>>();
  for (const tie of network.ties) {
    const sector = sectorOf.get(tie.source) as string;
    respondentsBySector.set(sector, (respondentsBySector.get(sector) ?? new Set()).add(tie.source));
  }

  const directed = new Map(network.ties.map((tie) => [`${tie.source}|${tie.target}`, tie]));
  const bridges = new Set(metrics.bridges.map(([a, b]) => tieKey(a, b)));
  const articulationPoints = new Set(metrics.articulationPoints);
  const isolates = new Set(metrics.isolates);
  const byId = new Map(network.nodes.map((node) => [node.id, node]));

  return {
    month: network.month,
    placeId: input.placeId,
    ratedMonths: input.ratedMonths,
    suppressed: false,
    suppressionReason: null,
    respondentOrganisations: network.respondentOrganisations,
    density: metrics.density,
    reciprocity: metrics.reciprocity,
    eiIndex: mixing.eiIndex,
    communitySectorNmi: mixing.communitySectorNmi,
    componentCount: metrics.components.length,
    nodes: metrics.nodes.map((node) => {
      const partner = byId.get(node.id) as NetworkMonth['nodes'][number];
      const position = input.positions.get(node.id);
      if (!position) throw new Error(`No kept position for partner ${node.id} in ${network.month}`);
      const since = change.nodes.get(node.id) ?? null;
      return {
        organisationId: node.id,
        name: partner.name,
        sector: partner.sector,
        placeId: partner.place ?? null,
        degree: node.degree,
        inDegree: node.inDegree,
        outDegree: node.outDegree,
        strength: node.strength,
        betweenness: node.betweenness,
        community: node.community,
        articulationPoint: articulationPoints.has(node.id),
        isolate: isolates.has(node.id),
        x: position.x,
        y: position.y,
        degreeChange: since?.degree ?? null,
        strengthChange: since?.strength ?? null,
        betweennessChange: since?.betweenness ?? null,
      };
    }),
    ties: undirectedTies(ties).map((tie) => {
      const key = tieKey(tie.a, tie.b);
      return {
        id: key,
        sourceId: tie.a,
        targetId: tie.b,
        strength: tie.strength,
        forwardStrength: tie.forward,
        backwardStrength: tie.backward,
        forwardRatings: directed.get(`${tie.a}|${tie.b}`)?.n ?? 0,
        backwardRatings: directed.get(`${tie.b}|${tie.a}`)?.n ?? 0,
        reciprocityGap: tie.reciprocityGap,
        oneSided: tie.oneSided,
        bridge: bridges.has(key),
        strengthChange: change.ties.get(key) ?? null,
      };
    }),
    weakLinks: weakLinks({
      months: input.months.map(({ month, ties: monthTies }) => ({ month, ties: monthTies })),
      nodes: network.nodes.map(({ id, name, sector }) => ({ id, name, sector })),
      coAffected: input.coAffected,
    }).map((link) => ({
      id: `${link.kind}|${link.source}|${link.target ?? ''}`,
      kind: link.kind,
      sourceId: link.source,
      targetId: link.target,
      reason: link.reason,
    })),
    sectors: mixing.sectors.map((sector) => {
      const shown = (respondentsBySector.get(sector.sector)?.size ?? 0) >= minimumGroupSize;
      return { sector: sector.sector, ties: sector.ties, internalShare: shown ? sector.internalShare : null, eiIndex: shown ? sector.eiIndex : null };
    }),
  };
}

/** Rounds to `decimals` places. */
const roundedTo = (decimals: number) => {
  const scale = 10 ** decimals;
  return (value: number) => Math.round(value * scale) / scale;
};
/** Positions to a hundredth of a layout unit (a layout spans hundreds of units). */
const mapPosition = roundedTo(2);
/** Strengths (0 to 1) and their changes to a thousandth: shown to two places, drawn as a line's weight. */
const mapStrength = roundedTo(3);
/** Betweenness (0 to 1, often tiny) to four significant figures: it sizes a partner's dot. */
const mapBetweenness = (value: number) => Number(value.toPrecision(4));

/**
 * What the map draws of a month's network (as partnerNetwork built it), compact: the partners in the same order as
 * columns, ties as columns of those partners' numbers instead of objects naming both ends by id, weak links so by
 * kind; numbers
 * rounded to what drawing needs (a third of the bytes to keep, send and read on every review; partnerNetwork has
 * them exactly).
 */
export function networkMap(network: Omit<PartnerNetworkModel, 'ratedMonths'>): Omit<PartnerNetworkMapModel, 'ratedMonths'> {
  const numberOf = new Map(network.nodes.map((node, index) => [node.organisationId, index]));
  const partnerNumber = (id: string) => {
    const found = numberOf.get(id);
    if (found === undefined) throw new Error(`A tie or weak link of ${network.month} names ${id}, not a partner of the network`);
    return found;
  };
  return {
    month: network.month,
    placeId: network.placeId,
    suppressed: network.suppressed,
    suppressionReason: network.suppressionReason,
    partners: {
      organisationIds: network.nodes.map((node) => node.organisationId),
      names: network.nodes.map((node) => node.name),
      sectors: network.nodes.map((node) => node.sector),
      xs: network.nodes.map((node) => mapPosition(node.x)),
      ys: network.nodes.map((node) => mapPosition(node.y)),
      betweenness: network.nodes.map((node) => mapBetweenness(node.betweenness)),
      articulationPoints: network.nodes.flatMap((node, index) => (node.articulationPoint ? [index] : [])),
    },
    ties: {
      sources: network.ties.map((tie) => partnerNumber(tie.sourceId)),
      targets: network.ties.map((tie) => partnerNumber(tie.targetId)),
      strengths: network.ties.map((tie) => mapStrength(tie.strength)),
      strengthChanges: network.ties.map((tie) => (tie.strengthChange === null ? null : mapStrength(tie.strengthChange))),
    },
    weakLinks: WEAK_LINK_KINDS.map((kind) => {
      const links = network.weakLinks.filter((link) => link.kind === kind);
      return { kind, sources: links.map((link) => partnerNumber(link.sourceId)), targets: links.map((link) => (link.targetId === null ? null : partnerNumber(link.targetId))) };
    }).filter((group) => group.sources.length > 0),
  };
}
