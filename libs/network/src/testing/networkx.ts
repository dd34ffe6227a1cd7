import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PYTHON = 'python3';

/** Whether this machine's python3 can import networkx (CI's can). */
export function networkxAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
}

export interface NetworkxMetrics {
  density: number | null;
  reciprocity: number | null;
  components: string[][];
  isolates: string[];
  articulationPoints: string[];
  bridges: [string, string][];
  nodes: { id: string; degree: number; inDegree: number; outDegree: number; strength: number; betweenness: number }[];
}

/** The same figures from networkx, by networkx_metrics.py with the network as JSON on stdin. */
export function networkxMetrics(network: { nodes: { id: string; sector: string }[]; ties: { source: string; target: string; weight: number }[] }): NetworkxMetrics {
  const run = spawnSync(PYTHON, [join(__dirname, 'networkx_metrics.py')], { input: JSON.stringify(network), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`networkx_metrics.py failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as NetworkxMetrics;
}
