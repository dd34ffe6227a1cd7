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

/**
 * Checked ties by number: each partner is an index (the nodes' order when `nodes` is given, ids met first numbered
 * next), so that the figures count and look pairs up in typed arrays and number-keyed maps, not by joined strings.
 */
export interface IndexedTies {
  /** Index → id. */
  ids: string[];
  /** Id → index. */
  index: ReadonlyMap<string, number>;
  /** Per tie, in the order given: its source's and target's index. */
  source: Int32Array;
  target: Int32Array;
  /** Ordered pair `source * ids.length + target` → the tie's position. */
  byPair: Map<number, number>;
}

/**
 * Directed ties: ids present, no self-ties, at most one per ordered pair, finite weights ≥ 0 (in `weight`, or in
 * `strength` for organisation ties). With `nodes` (indexNodes), every end must be one of them, unless `others` is
 * 'number' (then ids outside them are numbered after them: a caller that leaves such ties out still has them checked).
 */
export function checkTies<T extends { source: string; target: string }>(
  ties: readonly T[],
  {
    nodes,
    others = 'reject',
    field = 'ties',
    weight = 'weight',
  }: { nodes?: ReadonlyMap<string, number>; others?: 'reject' | 'number'; field?: string; weight?: 'weight' | 'strength' } = {},
): IndexedTies {
  let index: ReadonlyMap<string, number> = nodes ?? new Map<string, number>();
  // Number every id first (nothing is checked yet), so that pair keys can be index × count + index; the nodes' index
  // is copied only when a tie names someone else.
  if (!nodes || others === 'number') {
    let numbered: Map<string, number> | null = nodes ? null : (index as Map<string, number>);
    const number = (id: unknown) => {
      if (typeof id !== 'string' || index.has(id)) return;
      numbered ??= new Map(index);
      index = numbered;
      numbered.set(id, numbered.size);
    };
    for (const tie of ties) {
      number(tie.source);
      number(tie.target);
    }
  }
  const n = index.size;
  const source = new Int32Array(ties.length);
  const target = new Int32Array(ties.length);
  const byPair = new Map<number, number>();
  ties.forEach((tie, i) => {
    // The field's name is spelt out only for an error: building it for every tie took longer than the checks.
    if (typeof tie.source !== 'string' || tie.source === '') checkId(tie.source, `${field}[${i}].source`);
    if (typeof tie.target !== 'string' || tie.target === '') checkId(tie.target, `${field}[${i}].target`);
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined) throw new NetworkInputError(`${field}[${i}].source`, `${JSON.stringify(tie.source)} is not one of the nodes`);
    if (t === undefined) throw new NetworkInputError(`${field}[${i}].target`, `${JSON.stringify(tie.target)} is not one of the nodes`);
    if (s === t) throw new NetworkInputError(`${field}[${i}].target`, 'a partner cannot be tied to itself');
    const value: unknown = (tie as Record<string, unknown>)[weight];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new NetworkInputError(`${field}[${i}].${weight}`, `must be a finite number ≥ 0; got ${JSON.stringify(value)}`);
    }
    const key = s * n + t;
    if (byPair.has(key)) {
      throw new NetworkInputError(`${field}[${i}]`, `a second tie from ${tie.source} to ${tie.target}; give at most one per ordered pair`);
    }
    byPair.set(key, i);
    source[i] = s;
    target[i] = t;
  });
  const ids: string[] = new Array(n);
  for (const [id, i] of index) ids[i] = id;
  return { ids, index, source, target, byPair };
}

/** Node ids present and unique, sectors present; returns each id's index in the nodes' order. */
export function indexNodes(nodes: readonly NetworkNodeInput[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    checkId(node.id, `nodes[${i}].id`);
    checkId(node.sector, `nodes[${i}].sector`);
    if (index.has(node.id)) throw new NetworkInputError(`nodes[${i}].id`, `${JSON.stringify(node.id)} appears twice`);
    index.set(node.id, i);
  });
  return index;
}

/** Node ids present and unique, sectors present; returns the ids. */
export function checkNodes(nodes: readonly NetworkNodeInput[]): Set<string> {
  return new Set(indexNodes(nodes).keys());
}

/** Each node's sector as a number (sectors numbered in order of first appearance). */
export function sectorNumbers(nodes: readonly NetworkNodeInput[]): Int32Array {
  const numbers = new Map<string, number>();
  const sector = new Int32Array(nodes.length);
  nodes.forEach((node, i) => {
    if (!numbers.has(node.sector)) numbers.set(node.sector, numbers.size);
    sector[i] = numbers.get(node.sector) as number;
  });
  return sector;
}
