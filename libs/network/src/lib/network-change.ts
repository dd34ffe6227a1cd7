import type { NetworkTieInput } from './network-input';
import type { NetworkMetrics } from './network-metrics';
import { tieKey, undirectedTies } from './undirected-ties';

export interface NodeChange {
  degree: number;
  strength: number;
  betweenness: number;
}

export interface NetworkChange {
  /** Per partner of the current month: current − previous; null when it was not in the previous month's network. */
  nodes: Map<string, NodeChange | null>;
  /** Per current undirected tie, keyed `a|b` (a < b): current − previous strength; null when the tie is new. */
  ties: Map<string, number | null>;
}

/**
 * Change since the previous month, for the current month's partners and ties (a tie that ended is not in the current
 * month's ties: the previous month shows it). With no previous month everything is null.
 */
export function networkChange(
  previous: NetworkMetrics | null,
  current: NetworkMetrics,
  previousTies: readonly NetworkTieInput[],
  currentTies: readonly NetworkTieInput[],
): NetworkChange {
  const before = new Map((previous?.nodes ?? []).map((node) => [node.id, node]));
  const nodes = new Map(
    current.nodes.map((node): [string, NodeChange | null] => {
      const was = before.get(node.id);
      return [
        node.id,
        was ? { degree: node.degree - was.degree, strength: node.strength - was.strength, betweenness: node.betweenness - was.betweenness } : null,
      ];
    }),
  );
  const earlier = new Map(previous ? undirectedTies(previousTies).map((tie) => [tieKey(tie.a, tie.b), tie.strength]) : []);
  const ties = new Map(
    undirectedTies(currentTies).map((tie): [string, number | null] => {
      const key = tieKey(tie.a, tie.b);
      const was = earlier.get(key);
      return [key, was === undefined ? null : tie.strength - was];
    }),
  );
  return { nodes, ties };
}
