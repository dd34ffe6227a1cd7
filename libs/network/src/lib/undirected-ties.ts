import { checkTies, type IndexedTies, type NetworkTieInput } from './network-input';

/** A pair of partners with a tie in at least one direction; `a` < `b`. */
export interface UndirectedTie {
  a: string;
  b: string;
  /** Mean of the two directions' weights, or the one that exists. */
  strength: number;
  /** a's view of b; null when a did not rate b. */
  forward: number | null;
  /** b's view of a; null when b did not rate a. */
  backward: number | null;
  /** |forward − backward|; null when one direction is missing (then `oneSided`). */
  reciprocityGap: number | null;
  oneSided: boolean;
}

/**
 * The undirected ties of checked ties by number, in id order (a, then b, by plain code-unit order of the ids):
 * `a[k]` and `b[k]` index the ids, a's id before b's; `forward[k]` is a's view of b and `backward[k]` b's view of
 * a (NaN where that direction is missing), `strength[k]` their mean or the one that exists.
 */
export interface IndexedPairs {
  count: number;
  a: Int32Array;
  b: Int32Array;
  forward: Float64Array;
  backward: Float64Array;
  strength: Float64Array;
}

/** Each index's place when the ids are sorted in plain code-unit order. */
export function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/** Pairs the two directions of checked ties (`weights` in the ties' order), sorted by a, then b. */
export function pairIndexed(ties: IndexedTies, weights: ArrayLike<number>, rank: Int32Array = idRanks(ties.ids)): IndexedPairs {
  const n = ties.ids.length;
  const count0 = ties.source.length;
  // Each pair once, from the tie met first; its reverse tie, if any, is found by its ordered key.
  const first: number[] = [];
  for (let i = 0; i < count0; i++) {
    const s = ties.source[i];
    const t = ties.target[i];
    const reverse = ties.byPair.get(t * n + s);
    if (reverse === undefined || reverse > i) first.push(i);
  }
  const count = first.length;
  const sortKey = new Float64Array(count);
  const lowFirst = new Uint8Array(count);
  first.forEach((i, k) => {
    const [rs, rt] = [rank[ties.source[i]], rank[ties.target[i]]];
    lowFirst[k] = rs < rt ? 1 : 0;
    sortKey[k] = rs < rt ? rs * n + rt : rt * n + rs;
  });
  const order = Array.from({ length: count }, (_, k) => k).sort((x, y) => sortKey[x] - sortKey[y]);
  const pairs: IndexedPairs = {
    count,
    a: new Int32Array(count),
    b: new Int32Array(count),
    forward: new Float64Array(count),
    backward: new Float64Array(count),
    strength: new Float64Array(count),
  };
  order.forEach((k, j) => {
    const i = first[k];
    const [a, b] = lowFirst[k] ? [ties.source[i], ties.target[i]] : [ties.target[i], ties.source[i]];
    const forwardAt = ties.byPair.get(a * n + b);
    const backwardAt = ties.byPair.get(b * n + a);
    const forward = forwardAt === undefined ? NaN : weights[forwardAt];
    const backward = backwardAt === undefined ? NaN : weights[backwardAt];
    pairs.a[j] = a;
    pairs.b[j] = b;
    pairs.forward[j] = forward;
    pairs.backward[j] = backward;
    pairs.strength[j] = forwardAt === undefined ? backward : backwardAt === undefined ? forward : (forward + backward) / 2;
  });
  return pairs;
}

/** The undirected ties behind the directed ones, sorted by a, then b. */
export function undirectedTies(ties: readonly NetworkTieInput[]): UndirectedTie[] {
  const indexed = checkTies(ties);
  const pairs = pairIndexed(
    indexed,
    ties.map((tie) => tie.weight),
  );
  return Array.from({ length: pairs.count }, (_, k) => {
    const forward = Number.isNaN(pairs.forward[k]) ? null : pairs.forward[k];
    const backward = Number.isNaN(pairs.backward[k]) ? null : pairs.backward[k];
    return {
      a: indexed.ids[pairs.a[k]],
      b: indexed.ids[pairs.b[k]],
      strength: pairs.strength[k],
      forward,
      backward,
      reciprocityGap: forward === null || backward === null ? null : Math.abs(forward - backward),
      oneSided: forward === null || backward === null,
    };
  });
}

/** The key the API uses for an undirected tie: `a|b` with a < b. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
