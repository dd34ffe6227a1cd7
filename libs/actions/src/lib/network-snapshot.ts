import { WEAK_LINK_KINDS, type WeakLinkKind } from '@stewardship/network';

/** A partner of a month's network as the snapshot reads it (the partner network's node). */
export interface SnapshotNode {
  id: string;
  name: string;
  sector: string;
  degree: number;
  isolate: boolean;
}

/** An undirected tie (the partner network's tie: id `a|b` with a < b). */
export interface SnapshotTie {
  id: string;
  a: string;
  b: string;
  oneSided: boolean;
  bridge: boolean;
}

/** A weak link as the partner network flags it (libs/network weakLinks). */
export interface SnapshotWeakLink {
  id: string;
  kind: WeakLinkKind;
  source: string;
  target: string | null;
  reason: string;
}

export interface SnapshotNetwork {
  month: string;
  nodes: readonly SnapshotNode[];
  ties: readonly SnapshotTie[];
  weakLinks: readonly SnapshotWeakLink[];
}

/** Which kind of weak link is most serious, most serious first: falling, then unreturned, weak, absent, on the edge. */
export const WEAK_LINK_SERIOUSNESS: readonly WeakLinkKind[] = ['DECLINING', 'ONE_SIDED', 'LOW_STRENGTH', 'MISSING', 'PERIPHERAL'];

/** How many weak links the snapshot lists. */
export const MOST_SERIOUS_COUNT = 5;

export interface SeriousWeakLink extends SnapshotWeakLink {
  /** The other kinds the same pair (or partner) is flagged under this month, most serious first. */
  alsoFlagged: WeakLinkKind[];
}

export interface NetworkSnapshot {
  month: string;
  /** Every kind, in libs/network's order, zero included. */
  weakLinkCounts: { kind: WeakLinkKind; count: number }[];
  mostSerious: SeriousWeakLink[];
  /** Partners with no tie this month that had one in the month before. */
  newIsolates: { id: string; name: string; previousDegree: number }[];
  /** Ties that were bridges (the only link between two parts of the network) in the month before and are gone now. */
  brokenBridges: { id: string; a: string; b: string; aName: string; bName: string }[];
}

const pairOf = (link: SnapshotWeakLink) => (link.target === null ? link.source : [link.source, link.target].sort().join('|'));
const seriousness = (kind: WeakLinkKind) => WEAK_LINK_SERIOUSNESS.indexOf(kind);

/**
 * A month's network in brief, against the month before (null when there is none to compare):
 * - weak links counted by kind;
 * - the MOST_SERIOUS_COUNT most serious: weak links grouped by pair (or partner, for PERIPHERAL), the pairs flagged
 *   under the most kinds first, then by their most serious kind (WEAK_LINK_SERIOUSNESS), then by id; each pair listed
 *   once, as its most serious flag, with the other kinds it is flagged under;
 * - new isolates: partners with no tie this month that were in the month before with at least one;
 * - broken bridges: ties that were bridges in the month before and have no tie either way this month.
 */
export function networkSnapshot(current: SnapshotNetwork, previous: SnapshotNetwork | null): NetworkSnapshot {
  const weakLinkCounts = WEAK_LINK_KINDS.map((kind) => ({ kind, count: current.weakLinks.filter((link) => link.kind === kind).length }));

  const byPair = new Map<string, SnapshotWeakLink[]>();
  for (const link of current.weakLinks) byPair.set(pairOf(link), [...(byPair.get(pairOf(link)) ?? []), link]);
  const mostSerious = [...byPair.values()]
    .map((links) => [...links].sort((x, y) => seriousness(x.kind) - seriousness(y.kind)))
    .sort((x, y) => y.length - x.length || seriousness(x[0].kind) - seriousness(y[0].kind) || (x[0].id < y[0].id ? -1 : x[0].id > y[0].id ? 1 : 0))
    .slice(0, MOST_SERIOUS_COUNT)
    .map(([first, ...others]) => ({ ...first, alsoFlagged: others.map((link) => link.kind) }));

  const before = new Map(previous?.nodes.map((node) => [node.id, node]) ?? []);
  const newIsolates = current.nodes
    .filter((node) => node.isolate && (before.get(node.id)?.degree ?? 0) > 0)
    .map((node) => ({ id: node.id, name: node.name, previousDegree: before.get(node.id)?.degree as number }))
    .sort((x, y) => x.name.localeCompare(y.name));

  const tiesNow = new Set(current.ties.map((tie) => tie.id));
  const names = new Map([...(previous?.nodes ?? []), ...current.nodes].map((node) => [node.id, node.name]));
  const brokenBridges = (previous?.ties ?? [])
    .filter((tie) => tie.bridge && !tiesNow.has(tie.id))
    .map((tie) => ({ id: tie.id, a: tie.a, b: tie.b, aName: names.get(tie.a) ?? tie.a, bName: names.get(tie.b) ?? tie.b }));

  return { month: current.month, weakLinkCounts, mostSerious, newIsolates, brokenBridges };
}
