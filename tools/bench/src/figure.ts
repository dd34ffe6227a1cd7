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
  target?: Target;
}

/** Figures that share a seeded database: `names` lets `--only` skip the seeding of groups it does not need. */
export interface FigureGroup {
  /** What `--only` calls the whole group. */
  id: string;
  title: string;
  names: string[];
  prepare: (api: TestApp) => Promise<Figure[]>;
}
