import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Stats } from './measure';

/** One line of dist/bench/results.json; ratio is the median divided by the baseline's median, in the figure's unit. */
export interface BenchResult extends Stats {
  figure: string;
  unit: 'ms' | 'rows/s';
  baseline?: { name: string; median: number; p95?: number };
  ratio?: number;
  /** Why the figure has no baseline on this machine. */
  baselineMissing?: string;
  /** Load figures only: the latency percentiles (the median is p50), the errors and the number of requests. */
  p95?: number;
  p99?: number;
  /** How many values the statistics are of, when not RUNS (a browser's frames, load requests). */
  samples?: number;
  errors?: number;
  requests?: number;
}

export interface ReportLine {
  result: BenchResult;
  /** met is null when the target could not be judged (its baseline is missing). */
  target?: { text: string; met: boolean | null };
}

const format = (value: number, unit: string) => (unit === 'ms' ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : `${Math.round(value).toLocaleString('en-GB')} rows/s`);

export function printTable(title: string, lines: readonly ReportLine[]): void {
  // Load figures add their percentiles, request count and errors; frame figures their p95 and how many frames.
  const has = (key: keyof BenchResult) => lines.some(({ result }) => result[key] !== undefined);
  const [p95, load, samples] = [has('p95'), has('requests'), has('samples')];
  const extra = [...(p95 ? ['p95'] : []), ...(load ? ['p99', 'requests', 'errors'] : []), ...(samples ? ['samples'] : [])];
  const COLUMNS = ['figure', 'median', 'min', 'max', ...extra, 'baseline (same run): median', 'ratio', 'target', 'result'];
  const optional = (value: number | undefined, unit: string) => (value === undefined ? '-' : format(value, unit));
  const rows = lines.map(({ result, target }) => [
    result.figure,
    format(result.median, result.unit),
    format(result.min, result.unit),
    format(result.max, result.unit),
    ...(p95 ? [optional(result.p95, result.unit)] : []),
    ...(load ? [optional(result.p99, result.unit), String(result.requests ?? '-'), String(result.errors ?? '-')] : []),
    ...(samples ? [String(result.samples ?? '-')] : []),
    result.baseline ? `${result.baseline.name}: ${format(result.baseline.median, result.unit)}${result.baseline.p95 === undefined ? '' : ` (p95 ${format(result.baseline.p95, result.unit)})`}` : (result.baselineMissing ?? '-'),
    result.ratio === undefined ? '-' : `${result.ratio.toFixed(result.ratio < 10 ? 2 : 1)}x`,
    target?.text ?? '-',
    target ? (target.met === null ? 'not judged' : target.met ? 'met' : 'MISSED') : '-',
  ]);
  const widths = COLUMNS.map((heading, i) => Math.max(heading.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  process.stdout.write(`\n${title}\n${line(COLUMNS)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
}

export function writeResults(path: string, results: readonly BenchResult[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
