/** Bad input to a network function, with `field` naming it as the caller sent it (e.g. `ties[3].weight`). */
export class NetworkInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'NetworkInputError';
  }
}

export interface NetworkNodeInput {
  id: string;
  sector: string;
  place?: string;
}

/** A directed rating of `target` by `source` (at most one per ordered pair). */
export interface NetworkTieInput {
  source: string;
  target: string;
  weight: number;
}

export function checkId(value: unknown, field: string): void {
  if (typeof value !== 'string' || value === '') {
    throw new NetworkInputError(field, `must be a non-empty string; got ${JSON.stringify(value)}`);
  }
}

/** Directed ties: ids present, no self-ties, at most one per ordered pair, finite weights ≥ 0. */
export function checkTies(ties: readonly NetworkTieInput[], knownIds?: ReadonlySet<string>, field = 'ties'): void {
  const seen = new Set<string>();
  ties.forEach((tie, i) => {
    checkId(tie.source, `${field}[${i}].source`);
    checkId(tie.target, `${field}[${i}].target`);
    if (knownIds && !knownIds.has(tie.source)) {
      throw new NetworkInputError(`${field}[${i}].source`, `${JSON.stringify(tie.source)} is not one of the nodes`);
    }
    if (knownIds && !knownIds.has(tie.target)) {
      throw new NetworkInputError(`${field}[${i}].target`, `${JSON.stringify(tie.target)} is not one of the nodes`);
    }
    if (tie.source === tie.target) throw new NetworkInputError(`${field}[${i}].target`, 'a partner cannot be tied to itself');
    if (typeof tie.weight !== 'number' || !Number.isFinite(tie.weight) || tie.weight < 0) {
      throw new NetworkInputError(`${field}[${i}].weight`, `must be a finite number ≥ 0; got ${JSON.stringify(tie.weight)}`);
    }
    const key = `${tie.source}\u0000${tie.target}`;
    if (seen.has(key)) {
      throw new NetworkInputError(`${field}[${i}]`, `a second tie from ${tie.source} to ${tie.target}; give at most one per ordered pair`);
    }
    seen.add(key);
  });
}

/** Node ids present and unique, sectors present; returns the ids. */
export function checkNodes(nodes: readonly NetworkNodeInput[]): Set<string> {
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    checkId(node.id, `nodes[${i}].id`);
    checkId(node.sector, `nodes[${i}].sector`);
    if (ids.has(node.id)) throw new NetworkInputError(`nodes[${i}].id`, `${JSON.stringify(node.id)} appears twice`);
    ids.add(node.id);
  });
  return ids;
}
