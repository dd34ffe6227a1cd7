// `npm run bench [-- --only <figure>]`: each figure measured RUNS times after a warm-up, beside its baseline measured
// the same way in the same run, on the API's real code paths and a real PostgreSQL: DATABASE_URL's or
// TEST_DATABASE_URL's server, else an embedded one. Prints a table per group and writes dist/bench/results.json.
import { resolve } from 'node:path';
import { startTestApp, TestApp } from '../../../apps/api/test/support/test-app';
import type { Figure, FigureGroup } from './figure';
import { loadFigures } from './load';
import { FrameStats, LoadStats, measure, Measurement, RUNS, Stats, WARM_UPS } from './measure';
import { networkFigures } from './network';
import { networkMapFigures } from './network-map';
import { partnerNetworkFigures } from './partner-network';
import { powerFigures } from './power';
import { practiceScoreFigures } from './practice-scores';
import { registerImportFigures } from './register-import';
import { reviewFigures } from './review';
import { BenchResult, printTable, ReportLine, writeResults } from './report';

const GROUPS: FigureGroup[] = [practiceScoreFigures, registerImportFigures, powerFigures, networkFigures, partnerNetworkFigures, networkMapFigures, reviewFigures, loadFigures];
const RESULTS_FILE = resolve(__dirname, '../../../dist/bench/results.json');

/** `--only <figure>` selects one figure; `--only <group>` (scores, import, power, network, partner-network, network-map, review, load) every figure of a group. */
function selectedFigures(args: string[]): string[] {
  const all = GROUPS.flatMap((group) => group.names);
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at < 0) return all;
  const name = args[at].startsWith('--only=') ? args[at].slice('--only='.length) : args[at + 1];
  const group = GROUPS.find((g) => g.id === name);
  if (group) return group.names;
  if (!all.includes(name)) throw new Error(`--only takes one of: ${[...GROUPS.map((g) => g.id), ...all].join(', ')}${name ? ` (got "${name}")` : ''}`);
  return [name];
}

/** A server to create the bench's database on, and how to stop it if the bench started it. */
async function startServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  const { serverUrlOf, startEmbeddedPostgres } = await import('../../db/embedded-postgres.mjs');
  const url = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (url) return { serverUrl: serverUrlOf(url), stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: resolve(__dirname, '../../../.data/postgres-test'), port: Number(process.env['EMBEDDED_PG_TEST_PORT'] ?? 54330) });
  return server;
}

async function runGroup(api: () => Promise<TestApp>, group: FigureGroup, selected: string[]): Promise<BenchResult[]> {
  progress(`${group.title}: ${group.standalone ? 'preparing' : 'seeding'}`);
  try {
    return await measureGroup(group, group.standalone ? await group.prepare() : await group.prepare(await api()), selected);
  } finally {
    await group.finish?.();
  }
}

async function measureGroup(group: FigureGroup, prepared: Figure[], selected: string[]): Promise<BenchResult[]> {
  const figures = prepared.filter((figure) => selected.includes(figure.measurement.name));
  // A measurement that is both a figure and another's baseline is measured once.
  const measured = new Map<string, Stats | LoadStats | FrameStats>();
  const statsOf = async (measurement: Measurement) => {
    if (!measured.has(measurement.name)) {
      progress(measurement.stats ? `${measurement.name}: timing itself` : `${measurement.name}: ${WARM_UPS} warm-up + ${RUNS} runs`);
      measured.set(measurement.name, await measure(measurement));
    }
    return measured.get(measurement.name) as Stats | LoadStats | FrameStats;
  };
  const lines: ReportLine[] = [];
  for (const figure of figures) {
    const stats = await statsOf(figure.measurement);
    const baselineStats = figure.baseline && (await statsOf(figure.baseline));
    const baseline = figure.baseline && baselineStats && { name: figure.baseline.name, median: baselineStats.median, ...('p95' in baselineStats ? { p95: baselineStats.p95 } : {}) };
    const ratio = baseline && stats.median / baseline.median;
    const result: BenchResult = {
      figure: figure.measurement.name,
      unit: figure.measurement.unit,
      ...stats,
      ...(baseline ? { baseline, ratio } : {}),
      ...(figure.baselineMissing ? { baselineMissing: figure.baselineMissing } : {}),
    };
    const met = figure.baselineMissing ? null : figure.target?.met(result, baselineStats);
    lines.push({ result, target: figure.target && { text: figure.target.text, met: met ?? null } });
  }
  printTable(group.title, lines);
  return lines.map((line) => line.result);
}

function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const selected = selectedFigures(process.argv.slice(2));
  // The API and its database start only when a selected group needs them.
  let server: { serverUrl: string; stop: () => Promise<void> } | undefined;
  let api: TestApp | undefined;
  const startedApi = async () => {
    if (!api) {
      server = await startServer();
      process.env['TEST_SERVER_URL'] = server.serverUrl;
      api = await startTestApp();
    }
    return api;
  };
  try {
    const results: BenchResult[] = [];
    for (const group of GROUPS.filter((g) => g.names.some((name) => selected.includes(name)))) results.push(...(await runGroup(startedApi, group, selected)));
    writeResults(RESULTS_FILE, results);
    process.stdout.write(
      `\nEach figure: median, min and max of ${RUNS} runs after ${WARM_UPS} warm-up, except load figures: percentiles of every request of one run (median = p50); ratio = median / baseline median, in the figure's unit.\nWritten to ${RESULTS_FILE}\n`,
    );
  } finally {
    await api?.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
