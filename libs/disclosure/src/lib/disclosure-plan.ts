/**
 * Disclosure control for every figure built from survey answers: which groups may be published so that no
 * combination of published figures singles out a respondent.
 *
 * The method is secondary cell suppression done over the whole table at once (as τ-ARGUS protects a table and
 * its margins together), made exact by publishing only unions of protected blocks:
 *
 * 1. An **atom** is the finest group any published figure can select: respondents who share every trait a filter
 *    can name (here: place set, sector, role group). Respondents of one atom are indistinguishable to every query.
 * 2. The atoms are partitioned into **blocks** of at least `minimumGroupSize` respondents each: an atom that is too
 *    small is merged, smallest first, into the block that shares most of its traits (traits are given in order of
 *    importance, so merging keeps the most useful breakdowns publishable), then the smaller one, then by key.
 * 3. A group (the respondents a filter selects) is **published only when it is a whole union of blocks** and has at
 *    least `minimumGroupSize` respondents.
 *
 * Why it holds against differencing: every published group is a sum of block indicator vectors, so any linear
 * combination of published figures (sums, differences, across any filters) is constant on each block. A group it
 * could reveal is therefore a union of whole blocks, which has either no respondents or at least
 * `minimumGroupSize`. No group of 1 to `minimumGroupSize − 1` respondents, and no hidden group, can be worked out,
 * whatever the reader knows about the register. (Specs check this with a linear-span attack on random registers.)
 *
 * Blocks depend only on the counts of one population (e.g. one month's responses to one question), never on the
 * query, so every reader and every filter sees the same protection.
 */

/** The finest group a filter can select, with its respondents and traits. */
export interface Atom {
  /** Stable identity (e.g. `NHS|EXECUTIVE|<place ids>`); breaks ties so the plan never depends on row order. */
  key: string;
  /** How many respondents it holds. Atoms with none may be left out. */
  n: number;
  /** What filters can select it by, most important first (e.g. place set, then sector, then role group). */
  traits: readonly string[];
}

export interface DisclosurePlan {
  minimumGroupSize: number;
  /** Block index of each atom with respondents. */
  blockOfAtom: ReadonlyMap<string, number>;
  /** Respondents per block. */
  blockSizes: readonly number[];
  /** Atoms per block. */
  atomsPerBlock: readonly number[];
  /** Respondents per atom. */
  atomSizes: ReadonlyMap<string, number>;
}

export interface Disclosure {
  publishable: boolean;
  /** Respondents in the group. */
  n: number;
  /** Why it is hidden: too few respondents, or it would let a smaller group be worked out. Null when published. */
  reason: 'small' | 'secondary' | null;
}

interface Block {
  atoms: string[];
  n: number;
  /** Traits every atom of the block shares, with their importance weight. */
  traits: Map<string, number>;
  key: string;
}

function weightedTraits(traits: readonly string[]): Map<string, number> {
  return new Map(traits.map((trait, i) => [trait, 2 ** (traits.length - 1 - i)]));
}

function sharedWeight(a: Block, b: Block): number {
  let weight = 0;
  for (const [trait, w] of a.traits) if (b.traits.has(trait)) weight += w;
  return weight;
}

function mergeInto(target: Block, source: Block): void {
  target.atoms.push(...source.atoms);
  target.n += source.n;
  for (const trait of [...target.traits.keys()]) if (!source.traits.has(trait)) target.traits.delete(trait);
  if (source.key < target.key) target.key = source.key;
}

/** Partitions the atoms into blocks of at least `minimumGroupSize` respondents (see the file comment). */
export function planDisclosure(atoms: readonly Atom[], minimumGroupSize: number): DisclosurePlan {
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 1) throw new Error(`Minimum group size ${minimumGroupSize} must be a whole number of at least 1`);
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const atom of [...atoms].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (!Number.isInteger(atom.n) || atom.n < 0) throw new Error(`Atom ${atom.key} has ${atom.n} respondents; expected a whole number of 0 or more`);
    if (seen.has(atom.key)) throw new Error(`Atom ${atom.key} appears twice`);
    seen.add(atom.key);
    if (atom.n > 0) blocks.push({ atoms: [atom.key], n: atom.n, traits: weightedTraits(atom.traits), key: atom.key });
  }

  for (;;) {
    let smallest: Block | undefined;
    for (const block of blocks) {
      if (block.n < minimumGroupSize && (!smallest || block.n < smallest.n || (block.n === smallest.n && block.key < smallest.key))) smallest = block;
    }
    if (!smallest || blocks.length === 1) break;
    let partner: Block | undefined;
    let partnerWeight = -1;
    for (const block of blocks) {
      if (block === smallest) continue;
      const weight = sharedWeight(smallest, block);
      if (weight > partnerWeight || (weight === partnerWeight && partner && (block.n < partner.n || (block.n === partner.n && block.key < partner.key)))) {
        partner = block;
        partnerWeight = weight;
      }
    }
    mergeInto(partner as Block, smallest);
    blocks.splice(blocks.indexOf(smallest), 1);
  }

  const blockOfAtom = new Map<string, number>();
  blocks.forEach((block, index) => block.atoms.forEach((atom) => blockOfAtom.set(atom, index)));
  const atomSizes = new Map(atoms.filter((a) => a.n > 0).map((a) => [a.key, a.n]));
  return { minimumGroupSize, blockOfAtom, blockSizes: blocks.map((b) => b.n), atomsPerBlock: blocks.map((b) => b.atoms.length), atomSizes };
}

/**
 * Whether the group made of these atoms may be published: it must hold at least the minimum number of respondents
 * ('small' otherwise) and be a whole union of blocks ('secondary' otherwise: publishing it beside other groups
 * would let a small group be worked out by differencing). Atoms without respondents may be listed or not.
 */
export function groupDisclosure(plan: DisclosurePlan, atomKeys: Iterable<string>): Disclosure {
  const atomsCovered = new Map<number, Set<string>>();
  let n = 0;
  for (const key of atomKeys) {
    const block = plan.blockOfAtom.get(key);
    if (block === undefined) continue;
    const atoms = atomsCovered.get(block) ?? new Set<string>();
    if (atoms.has(key)) continue;
    atoms.add(key);
    atomsCovered.set(block, atoms);
    n += plan.atomSizes.get(key) as number;
  }
  if (n < plan.minimumGroupSize) return { publishable: false, n, reason: 'small' };
  for (const [block, atoms] of atomsCovered) {
    if (atoms.size !== plan.atomsPerBlock[block]) return { publishable: false, n, reason: 'secondary' };
  }
  return { publishable: true, n, reason: null };
}
