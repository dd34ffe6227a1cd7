import { checkTies, type NetworkTieInput } from './network-input';
import { compare } from './tie-strength';

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

/** The undirected ties behind the directed ones, sorted by a, then b. */
export function undirectedTies(ties: readonly NetworkTieInput[]): UndirectedTie[] {
  checkTies(ties);
  return pairUp(ties);
}

/** undirectedTies for ties already checked. */
export function pairUp(ties: readonly NetworkTieInput[]): UndirectedTie[] {
  const pairs = new Map<string, { a: string; b: string; forward: number | null; backward: number | null }>();
  for (const tie of ties) {
    const forwards = tie.source < tie.target;
    const [a, b] = forwards ? [tie.source, tie.target] : [tie.target, tie.source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, forward: null, backward: null };
    if (forwards) pair.forward = tie.weight;
    else pair.backward = tie.weight;
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map(({ a, b, forward, backward }) => ({
      a,
      b,
      strength: forward === null ? (backward as number) : backward === null ? forward : (forward + backward) / 2,
      forward,
      backward,
      reciprocityGap: forward === null || backward === null ? null : Math.abs(forward - backward),
      oneSided: forward === null || backward === null,
    }))
    .sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
}

/** The key the API uses for an undirected tie: `a|b` with a < b. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
