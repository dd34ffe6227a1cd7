import { checkTies, indexNodes, NetworkInputError, sectorNumbers, type NetworkNodeInput, type NetworkTieInput } from './network-input';
import { compare } from './tie-strength';

export interface SectorMix {
  sector: string;
  /** Undirected ties with at least one end in the sector. */
  ties: number;
  /** Ties with both ends in the sector ÷ the sector's ties; null when it has none. */
  internalShare: number | null;
  /** (External − internal) ÷ the sector's ties, from −1 (all within) to 1 (all across); null when it has none. */
  eiIndex: number | null;
}

export interface SectorMixing {
  /** Every sector with a partner, by name. */
  sectors: SectorMix[];
  /** (Ties between sectors − ties within sectors) ÷ all ties; null without ties (networkMetrics' eiIndex). */
  eiIndex: number | null;
  /** Normalised mutual information between community and sector, over partners with a tie; null when undefined. */
  communitySectorNmi: number | null;
}

/**
 * Whether ties stay within sectors (silos) or cross them, on the undirected graph (one tie per pair of partners,
 * whichever way it was rated).
 *
 * Per sector, each tie with an end in it counts once: internal when both ends are in the sector, external otherwise.
 * The E–I index is Krackhardt and Stern's (external − internal) ÷ (external + internal).
 *
 * `communitySectorNmi` is the mutual information I between the partners' communities and sectors divided by the mean of
 * their entropies, (H(community) + H(sector)) ÷ 2 (scikit-learn's `normalized_mutual_info_score`): 1 when communities
 * are exactly the sectors (silos), near 0 when communities cut across sectors. Only partners with at least one tie
 * count, since an isolate's community of one says nothing about silos. Null with no such partner, or when both
 * entropies are 0 (a single community that is a single sector: nothing to compare).
 */
export function sectorMixing(nodes: NetworkNodeInput[], ties: NetworkTieInput[], communities: Map<string, number>): SectorMixing {
  const index = indexNodes(nodes);
  const checked = checkTies(ties, { nodes: index });
  const sector = sectorNumbers(nodes);
  const sectorNames: string[] = [];
  nodes.forEach((node, i) => (sectorNames[sector[i]] = node.sector));
  const internal = new Int32Array(sectorNames.length);
  const external = new Int32Array(sectorNames.length);
  const tied = new Uint8Array(nodes.length);
  // Each undirected tie once: from its only direction, or from the direction with the lower source.
  const n = nodes.length;
  let edges = 0;
  let between = 0;
  for (let i = 0; i < ties.length; i++) {
    const s = checked.source[i];
    const t = checked.target[i];
    if (s > t && checked.byPair.has(t * n + s)) continue;
    edges++;
    tied[s] = tied[t] = 1;
    if (sector[s] === sector[t]) {
      internal[sector[s]]++;
    } else {
      between++;
      external[sector[s]]++;
      external[sector[t]]++;
    }
  }
  const counts = new Map(sectorNames.map((name, k) => [name, { internal: internal[k], external: external[k] }]));

  const labelled = nodes.filter((_, i) => tied[i] === 1);
  labelled.forEach((node) => {
    if (!communities.has(node.id)) throw new NetworkInputError('communities', `no community for ${JSON.stringify(node.id)}`);
  });

  return {
    sectors: [...counts.entries()]
      .sort(([x], [y]) => compare(x, y))
      .map(([sector, { internal, external }]) => {
        const total = internal + external;
        return {
          sector,
          ties: total,
          internalShare: total === 0 ? null : internal / total,
          eiIndex: total === 0 ? null : (external - internal) / total,
        };
      }),
    eiIndex: edges === 0 ? null : (between - (edges - between)) / edges,
    communitySectorNmi: normalisedMutualInformation(
      labelled.map((node) => String(communities.get(node.id))),
      labelled.map((node) => node.sector),
    ),
  };
}

/** I(U; V) ÷ ((H(U) + H(V)) ÷ 2), natural logarithms; null for no labels or when both entropies are 0. */
export function normalisedMutualInformation(u: readonly string[], v: readonly string[]): number | null {
  const n = u.length;
  if (n === 0) return null;
  const countsOf = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return counts;
  };
  const entropy = (counts: Map<string, number>) => [...counts.values()].reduce((sum, c) => sum - (c / n) * Math.log(c / n), 0);
  const uCounts = countsOf(u);
  const vCounts = countsOf(v);
  const joint = countsOf(u.map((label, i) => `${label}\u0000${v[i]}`));
  const hu = entropy(uCounts);
  const hv = entropy(vCounts);
  if (hu + hv === 0) return null;
  let mutual = 0;
  for (const [key, c] of joint) {
    const [a, b] = key.split('\u0000');
    mutual += (c / n) * Math.log((c * n) / ((uCounts.get(a) as number) * (vCounts.get(b) as number)));
  }
  // Rounding can leave a hair below 0 or above 1.
  return Math.min(1, Math.max(0, mutual / ((hu + hv) / 2)));
}
