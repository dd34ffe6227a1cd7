/** What a figure measures: one run's duration in ms (untimed setup may come first); `rows` turns it into rows/s. */
export interface Measurement {
  name: string;
  unit: 'ms' | 'rows/s';
  /** Rows processed per run, for rows/s. */
  rows?: number;
  /** Does any untimed setup, then returns how long the measured work took, in ms (use `timed`). */
  run?: () => Promise<number>;
  /**
   * Instead of `run`, for a measurement that times itself: a load run (many requests once, their statistics), or a
   * baseline in another process that does the warm-ups and runs itself (e.g. networkx in Python).
   */
  stats?: () => Promise<Stats | LoadStats | FrameStats>;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
}

/** The latencies of many requests: the median is the 50th percentile. */
export interface LoadStats extends Stats {
  p95: number;
  p99: number;
  /** Non-2xx responses, GraphQL errors, timeouts and socket errors. */
  errors: number;
  requests: number;
}

/** Many samples of one run (e.g. a browser's frames): the median with the 95th percentile (nearest rank) and how many. */
export interface FrameStats extends Stats {
  p95: number;
  samples: number;
}

export const WARM_UPS = 1;
export const RUNS = 5;

/** How long `work` took, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs the measurement WARM_UPS times unrecorded, then RUNS times, in the measurement's unit (one with `stats` measures itself). */
export async function measure(measurement: Measurement): Promise<Stats | LoadStats | FrameStats> {
  if (measurement.stats) return measurement.stats();
  const run = measurement.run as () => Promise<number>;
  for (let i = 0; i < WARM_UPS; i++) await run();
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await run();
    values.push(measurement.unit === 'ms' ? ms : (measurement.rows as number) / (ms / 1000));
  }
  return statsOf(values);
}

export function statsOf(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The p-th percentile of values (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
