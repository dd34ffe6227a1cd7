import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { networkMetrics, organisationTies, sectorMixing, WEAK_LINK_DEFAULTS, weakLinks, type ContactFrequency, type NetworkRating, type OrganisationTie, type WeakLinkKind } from '@stewardship/network';
import { seededRandom } from '../../../libs/network/src/lib/seeded-random';
import { randomNetwork } from '../../../libs/network/src/testing/random-network';
import type { FigureGroup, Figure } from './figure';
import { Measurement, RUNS, statsOf, timed, WARM_UPS } from './measure';

const PARTNERS = 1_000;
const TIES = 20_000;
const SECTORS = 8;
const MONTHS = ['2026-08', '2026-09', '2026-10', '2026-11'];
const CO_AFFECTED_PAIRS = 3_000;
const FREQUENCIES: ContactFrequency[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY'];
const PYTHONS = ['python3', '/usr/bin/python3'];

/** A number from 0 to n − 1 that looks random but is the same in every run (Knuth's multiplicative hash). */
const pick = (seed: number, n: number) => (Math.imul(seed + 1, 2654435761) >>> 0) % n;

interface BenchNetwork {
  nodes: { id: string; name: string; sector: string }[];
  months: { month: string; ties: OrganisationTie[] }[];
  coAffected: { a: string; b: string; decisions: number }[];
}

/**
 * 1,000 partners in 8 sectors and 20,000 directed ties (the seeded random network of libs/network's tests, leaning
 * to ties within a sector), rated over four months: one to three ratings per tie a month, an eighth of the ties losing
 * trust every month, some ties unrated in earlier months; and 3,000 pairs co-affected by 0–6 decisions.
 */
export function benchNetwork(): BenchNetwork {
  const network = randomNetwork({ nodes: PARTNERS, ties: TIES, seed: 2026, sectors: SECTORS });
  const nodes = network.nodes.map((node, i) => ({ ...node, name: `Bench partner ${i}` }));
  const months = MONTHS.map((month, m) => {
    const ratings: NetworkRating[] = [];
    network.ties.forEach((tie, i) => {
      if (m < MONTHS.length - 1 && (i + m) % 20 === 0) return;
      const trust = 1 + pick(i, 5);
      for (let r = 0; r <= pick(i * 7 + m, 3); r++) {
        ratings.push({
          from: tie.source,
          to: tie.target,
          // A declining eighth loses half a point of trust a month; the rest wander by half a point.
          trust: i % 8 === 0 ? Math.min(5, trust + 0.5 * (MONTHS.length - 1 - m)) : Math.min(5, Math.max(1, trust + 0.5 * (pick(i * 13 + m * 31 + r, 3) - 1))),
          value: 1 + pick(i * 3 + r, 5),
          contactFrequency: FREQUENCIES[pick(i * 5, 4)],
        });
      }
    });
    return { month, ties: organisationTies(ratings) };
  });
  // Not `pick`: consecutive seeds give it correlated pairs, too few distinct ones.
  const random = seededRandom(12);
  const draw = (n: number) => Math.floor(random() * n);
  const seen = new Set<string>();
  const coAffected: BenchNetwork['coAffected'] = [];
  while (coAffected.length < CO_AFFECTED_PAIRS) {
    const [a, b] = [nodes[draw(PARTNERS)].id, nodes[draw(PARTNERS)].id];
    if (a === b || seen.has(`${a}|${b}`) || seen.has(`${b}|${a}`)) continue;
    seen.add(`${a}|${b}`);
    coAffected.push({ a, b, decisions: draw(7) });
  }
  return { nodes, months, coAffected };
}

/** What both sides must agree on before their times are compared. */
interface Summary {
  density: number | null;
  reciprocity: number | null;
  components: number;
  isolates: number;
  articulationPoints: number;
  bridges: number;
  weakLinks: Partial<Record<WeakLinkKind, number>>;
}

/** Every figure of the month shown: networkMetrics, sectorMixing with its communities, and weakLinks over the four months. */
export function allMetrics(network: BenchNetwork): Summary {
  const shown = network.months[network.months.length - 1].ties;
  const ties = shown.map((tie) => ({ source: tie.source, target: tie.target, weight: tie.strength }));
  const metrics = networkMetrics(network.nodes, ties);
  sectorMixing(network.nodes, ties, new Map(metrics.nodes.map((node) => [node.id, node.community])));
  const links = weakLinks(network);
  const counts: Partial<Record<WeakLinkKind, number>> = {};
  for (const link of links) counts[link.kind] = (counts[link.kind] ?? 0) + 1;
  return {
    density: metrics.density,
    reciprocity: metrics.reciprocity,
    components: metrics.components.length,
    isolates: metrics.isolates.length,
    articulationPoints: metrics.articulationPoints.length,
    bridges: metrics.bridges.length,
    weakLinks: counts,
  };
}

/** The first of PYTHONS that can import `module`, or null. */
function pythonWith(module: string): string | null {
  return PYTHONS.find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0) ?? null;
}

/** The same figures by network_baseline.py with `library`, timed inside Python with the bench's warm-ups and runs. */
function pythonBaseline(library: 'networkx' | 'igraph', python: string, network: BenchNetwork, expected: Summary): Measurement {
  return {
    name: `${library}-metrics`,
    unit: 'ms',
    stats: async () => {
      const input = JSON.stringify({ ...network, options: WEAK_LINK_DEFAULTS, warmUps: WARM_UPS, runs: RUNS });
      const run = spawnSync(python, [join(__dirname, 'network_baseline.py'), library], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) throw new Error(`network_baseline.py ${library} failed: ${run.stderr || run.error?.message}`);
      const { times, summary } = JSON.parse(run.stdout) as { times: number[]; summary: Summary };
      checkSame(library, expected, summary);
      return statsOf(times);
    },
  };
}

function checkSame(library: string, ours: Summary, theirs: Summary): void {
  const close = (x: number | null, y: number | null) => x === y || (x !== null && y !== null && Math.abs(x - y) < 1e-9);
  const differences = (Object.keys(ours) as (keyof Summary)[]).filter((key) =>
    key === 'weakLinks' ? JSON.stringify(Object.entries(ours.weakLinks).sort()) !== JSON.stringify(Object.entries(theirs.weakLinks).sort()) : !close(ours[key], theirs[key]),
  );
  if (differences.length > 0) {
    throw new Error(`${library} disagrees on ${differences.join(', ')}: ours ${JSON.stringify(ours)}, theirs ${JSON.stringify(theirs)}`);
  }
}

export const NETWORK_SYSTEM = `${PARTNERS.toLocaleString('en-GB')} partners, ${TIES.toLocaleString('en-GB')} ties, ${MONTHS.length} months of ratings`;

export const networkFigures: FigureGroup = {
  id: 'network',
  title: `Partner network: ${NETWORK_SYSTEM}; networkMetrics + sectorMixing + weakLinks beside networkx and igraph (Python, same graph, same figures)`,
  names: ['network-metrics'],
  standalone: true,
  async prepare() {
    const network = benchNetwork();
    const expected = allMetrics(network);
    const measurement: Measurement = { name: 'network-metrics', unit: 'ms', run: () => timed(async () => allMetrics(network)) };
    const networkx = pythonWith('networkx');
    const igraph = pythonWith('igraph');
    const figures: Figure[] = [
      {
        measurement,
        description: 'every network figure and weak link for the month shown',
        ...(networkx ? { baseline: pythonBaseline('networkx', networkx, network, expected) } : { baselineMissing: 'networkx: not installed' }),
        target: { text: '>= 20x faster than networkx', met: (result, baseline) => baseline !== undefined && baseline.median / result.median >= 20 },
      },
      {
        measurement,
        description: 'the same, beside igraph (C)',
        ...(igraph ? { baseline: pythonBaseline('igraph', igraph, network, expected) } : { baselineMissing: 'igraph: not installed' }),
        target: { text: 'within 1.5x of igraph', met: (result, baseline) => baseline !== undefined && result.median <= 1.5 * baseline.median },
      },
    ];
    return figures;
  },
};
