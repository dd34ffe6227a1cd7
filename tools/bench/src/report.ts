import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Stats } from './measure';

/** One line of dist/bench/results.json; ratio is the median divided by the baseline's median, in the figure's unit. */
export interface BenchResult extends Stats {
  figure: string;
  unit: 'ms' | 'rows/s';
  baseline?: { name: string; median: number };
  ratio?: number;
  /** Why the figure has no baseline on this machine. */
  baselineMissing?: string;
  /** Load figures only: the latency percentiles (the median is p50), the errors and the number of requests. */
  p95?: number;
  p99?: number;
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
  // Load figures add their percentiles, request count and errors.
  const load = lines.some(({ result }) => result.p95 !== undefined);
  const COLUMNS = ['figure', 'median', 'min', 'max', ...(load ? ['p95', 'p99', 'requests', 'errors'] : []), 'baseline (same run): median', 'ratio', 'target', 'result'];
  const rows = lines.map(({ result, target }) => [
    result.figure,
    format(result.median, result.unit),
    format(result.min, result.unit),
    format(result.max, result.unit),
    ...(load ? [format(result.p95 ?? NaN, result.unit), format(result.p99 ?? NaN, result.unit), String(result.requests ?? '-'), String(result.errors ?? '-')] : []),
    result.baseline ? `${result.baseline.name}: ${format(result.baseline.median, result.unit)}` : (result.baselineMissing ?? '-'),
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
