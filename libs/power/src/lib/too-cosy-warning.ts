import { isoMonthProblem } from '@stewardship/domain';
import { addMonths } from './months';
import { PowerInputError } from './power-input';

/** One month of the series, as `monthlyPowerIndicators` gives it; null for a month without decisions. */
export interface CosySeriesMonth {
  /** yyyy-mm */
  month: string;
  dissentRate: number | null;
  conflictSurfacedRate: number | null;
}

export interface TooCosyOptions {
  /** How many months in a row at zero, ending at the latest month, raise the warning. Default 6. */
  months?: number;
}

export const TOO_COSY_DEFAULTS: Required<TooCosyOptions> = { months: 6 };

/** The months in a row, ending at the latest month, in which the measure was exactly 0. */
export interface ZeroRun {
  warning: boolean;
  /** Oldest first; empty when the latest month was not 0. */
  months: string[];
}

export interface TooCosyWarning {
  /** True when either run is long enough. */
  warning: boolean;
  /** The run length that raises the warning. */
  months: number;
  latestMonth: string | null;
  dissent: ZeroRun;
  conflictSurfaced: ZeroRun;
}

/**
 * Walks back from the latest month while each calendar month is in the series with the measure exactly 0.
 * A month with null (no decisions) or missing from the series ends the run: it shows no dissent, but no lack of it
 * either, and a warning should rest on decisions actually taken.
 */
type CosyMeasure = 'dissentRate' | 'conflictSurfacedRate';

function zeroRunEndingAt(byMonth: ReadonlyMap<string, CosySeriesMonth>, latest: string, measure: CosyMeasure) {
  const months: string[] = [];
  for (let month = latest; byMonth.get(month)?.[measure] === 0; month = addMonths(month, -1)) months.unshift(month);
  return months;
}

/**
 * The "too cosy" warning: recorded dissent, or conflict surfaced, has been zero for `months` months in a row
 * (default 6) ending at the latest month of the series. Says which months, for each measure.
 */
export function tooCosyWarning(series: readonly CosySeriesMonth[], options: TooCosyOptions = {}): TooCosyWarning {
  const runLength = options.months ?? TOO_COSY_DEFAULTS.months;
  if (!(Number.isInteger(runLength) && runLength >= 1)) {
    throw new PowerInputError('options.months', `must be a whole number of at least 1; got ${String(runLength)}`);
  }
  const byMonth = new Map<string, CosySeriesMonth>();
  series.forEach((row, index) => {
    const problem = isoMonthProblem(row.month);
    if (problem) throw new PowerInputError(`series[${index}].month`, `${problem}; got ${JSON.stringify(row.month)}`);
    if (byMonth.has(row.month)) throw new PowerInputError(`series[${index}].month`, `${row.month} appears more than once`);
    for (const measure of ['dissentRate', 'conflictSurfacedRate'] as const) {
      const value = row[measure];
      if (value !== null && !(value >= 0 && value <= 1)) {
        const field = `series[${index}].${measure}`;
        throw new PowerInputError(field, `must be a share from 0 to 1, or null; got ${String(value)}`);
      }
    }
    byMonth.set(row.month, row);
  });
  const latestMonth = [...byMonth.keys()].sort().at(-1) ?? null;
  const run = (measure: CosyMeasure): ZeroRun => {
    const months = latestMonth === null ? [] : zeroRunEndingAt(byMonth, latestMonth, measure);
    return { warning: months.length >= runLength, months };
  };
  const dissent = run('dissentRate');
  const conflictSurfaced = run('conflictSurfacedRate');
  return { warning: dissent.warning || conflictSurfaced.warning, months: runLength, latestMonth, dissent, conflictSurfaced };
}
