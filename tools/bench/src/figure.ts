import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { Measurement, Stats } from './measure';
import type { BenchResult } from './report';

/** A performance target, stated as in the README and checked against the figure's result and its baseline's. */
export interface Target {
  text: string;
  met: (result: BenchResult, baseline: (Stats & Partial<BenchResult>) | undefined) => boolean;
}

/** A figure: what is measured, the baseline it is compared with in the same run, and its target if it has one. */
export interface Figure {
  measurement: Measurement;
  description: string;
  baseline?: Measurement;
  /** Why there is no baseline on this machine (e.g. "igraph: not installed"): printed in its place, the target not judged. */
  baselineMissing?: string;
  target?: Target;
}

interface GroupInfo {
  /** What `--only` calls the whole group. */
  id: string;
  title: string;
  names: string[];
  /** Stops what `prepare` started (a server, a browser), after the group's figures are measured. */
  finish?: () => Promise<void>;
}

/**
 * Figures that share a seeded database: `names` lets `--only` skip the seeding of groups it does not need. A
 * standalone group measures libraries alone and needs neither the API nor PostgreSQL.
 */
export type FigureGroup =
  | (GroupInfo & { standalone?: false; prepare: (api: TestApp) => Promise<Figure[]> })
  | (GroupInfo & { standalone: true; prepare: () => Promise<Figure[]> });
