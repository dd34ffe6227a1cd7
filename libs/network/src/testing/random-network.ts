import { seededRandom } from '../lib/seeded-random';
import { tieStrength, type ContactFrequency } from '../lib/tie-strength';

export interface RandomNetworkOptions {
  nodes: number;
  /** Directed ties to draw (fewer only if the graph fills up). */
  ties: number;
  seed: number;
  sectors?: number;
  /** Chance that a tie's target is drawn from the source's own sector (silos). */
  withinSector?: number;
  /** Chance that a drawn tie is answered by its reverse. */
  answered?: number;
}

const FREQUENCIES: ContactFrequency[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY'];

/**
 * A seeded random network for cross-checks and the bench: partners p0000… in `sectors` sectors (node i in sector
 * i mod sectors), directed ties leaning towards the source's own sector, weights the strengths of random 1–5 ratings.
 * The same options always give the same network.
 */
export function randomNetwork(options: RandomNetworkOptions): {
  nodes: { id: string; sector: string }[];
  ties: { source: string; target: string; weight: number }[];
} {
  const { nodes: n, seed, sectors = 5, withinSector = 0.6, answered = 0.5 } = options;
  const random = seededRandom(seed);
  const draw = (count: number) => Math.floor(random() * count);
  const width = String(n - 1).length;
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `p${String(i).padStart(width, '0')}`, sector: `sector ${i % sectors}` }));
  const wanted = Math.min(options.ties, n * (n - 1));
  const seen = new Set<number>();
  const ties: { source: string; target: string; weight: number }[] = [];
  const weight = () => tieStrength({ trust: 1 + draw(5), value: 1 + draw(5), contactFrequency: FREQUENCIES[draw(4)] });
  const add = (source: number, target: number) => {
    if (source === target || seen.has(source * n + target) || ties.length >= wanted) return;
    seen.add(source * n + target);
    ties.push({ source: nodes[source].id, target: nodes[target].id, weight: weight() });
  };
  while (ties.length < wanted) {
    const source = draw(n);
    // Same sector: step a whole number of sectors round the ring of nodes.
    const target = random() < withinSector ? (source + sectors * (1 + draw(Math.max(1, Math.floor((n - 1) / sectors))))) % n : draw(n);
    add(source, target);
    if (random() < answered) add(target, source);
  }
  return { nodes, ties };
}
