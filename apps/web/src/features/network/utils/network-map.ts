import type { PartnerNetworkMapQuery } from '../../../generated/graphql';
import type { MapNetwork } from './network-graph';

/** The API's compact map of a month (partnerNetworkMap): partners, ties and flagged pairs (by kind) as columns, ends as partner numbers. */
export type NetworkMapAnswer = PartnerNetworkMapQuery['partnerNetworkMap'];

/**
 * The map's part of a month as the map code reads it (partners, ties and flags naming both ends by id), from the
 * API's compact answer, whose ties and weak links give their ends as indexes into `partners`. Throws on an answer
 * whose columns disagree in length or name a partner that is not there, rather than draw a wrong map.
 */
export function decodeNetworkMap(answer: NetworkMapAnswer): MapNetwork {
  const { partners, ties, weakLinks } = answer;
  const idOf = (index: number, what: string) => {
    const id = partners.organisationIds[index];
    if (id === undefined) throw new Error(`The network map's ${what} names partner ${index}, but the map has ${partners.organisationIds.length} partners`);
    return id;
  };
  const sameLength = (what: string, columns: readonly (readonly unknown[])[]) => {
    if (columns.some((column) => column.length !== columns[0].length)) throw new Error(`The network map's ${what} columns differ in length`);
  };
  sameLength('partners', [partners.organisationIds, partners.names, partners.sectors, partners.betweenness, partners.xs, partners.ys]);
  const articulationPoints = new Set(partners.articulationPoints.map((index) => idOf(index, 'articulation point')));
  sameLength('ties', [ties.sources, ties.targets, ties.strengths, ties.strengthChanges]);
  for (const group of weakLinks) sameLength(`${group.kind} weak links`, [group.sources, group.targets]);
  return {
    month: answer.month,
    placeId: answer.placeId,
    ratedMonths: answer.ratedMonths,
    suppressed: answer.suppressed,
    suppressionReason: answer.suppressionReason,
    nodes: partners.organisationIds.map((organisationId, i) => ({
      organisationId,
      name: partners.names[i],
      sector: partners.sectors[i],
      betweenness: partners.betweenness[i],
      articulationPoint: articulationPoints.has(organisationId),
      x: partners.xs[i],
      y: partners.ys[i],
    })),
    ties: ties.sources.map((source, i) => ({
      sourceId: idOf(source, 'tie'),
      targetId: idOf(ties.targets[i], 'tie'),
      strength: ties.strengths[i],
      strengthChange: ties.strengthChanges[i],
    })),
    weakLinks: weakLinks.flatMap(({ kind, sources, targets }) =>
      sources.map((source, i) => {
        const target = targets[i];
        return { kind, sourceId: idOf(source, 'weak link'), targetId: target === null ? null : idOf(target, 'weak link') };
      }),
    ),
  };
}
