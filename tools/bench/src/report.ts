/** Measures `work` once after one warm-up run, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export interface BenchLine {
  figure: string;
  measured: string;
  baseline: string;
  note: string;
}

/** Prints straight to stdout (not through jest's console), so the table reads cleanly. */
export function printBench(title: string, lines: BenchLine[]): void {
  const widths = [28, 22, 22];
  const row = (cells: string[]) => cells.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join(' ');
  process.stdout.write(`\n${title}\n${row(['figure', 'measured', 'baseline (same run)', 'note'])}\n`);
  for (const line of lines) process.stdout.write(`${row([line.figure, line.measured, line.baseline, line.note])}\n`);
}
