import type { TalliedPowerInput } from './participation-tally';
import { checkedPowerInput, indicatorsForDecisions, type PowerIndicators, type PowerOptions } from './power-indicators';
import { checkMonthRange, type MonthRange, type PowerInput } from './power-input';
import { monthPeriod, monthsBetween } from './months';
import { resolveRepresentationOptions } from './representation';

export interface MonthlyPowerIndicators {
  /** yyyy-mm */
  month: string;
  indicators: PowerIndicators;
}

/**
 * The indicators for each calendar month of the range (yyyy-mm to yyyy-mm, inclusive), each exactly what
 * `powerIndicators` gives for that month's first to last day. The log is checked, tallied and grouped by month once, so a
 * long log over many months is read once rather than once per month; only the seats are read again each month.
 */
export function monthlyPowerIndicators(
  input: PowerInput | TalliedPowerInput,
  range: MonthRange,
  options: PowerOptions = {},
): MonthlyPowerIndicators[] {
  checkMonthRange(range);
  const resolved = resolveRepresentationOptions(options);
  const checked = checkedPowerInput(input);
  const decisionsByMonth = byMonth(checked.decisions, range);
  const participationByMonth = byMonth(checked.participation, range);
  return monthsBetween(range.from, range.to).map((month) => ({
    month,
    indicators: indicatorsForDecisions(checked, decisionsByMonth.get(month) ?? [], participationByMonth.get(month) ?? [], monthPeriod(month), resolved),
  }));
}

/** Dated rows grouped by their yyyy-mm, those outside the range left out. */
function byMonth<T extends { date: string }>(rows: readonly T[], range: MonthRange): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const month = row.date.slice(0, 7);
    if (month < range.from || month > range.to) continue;
    const group = grouped.get(month);
    if (group) group.push(row);
    else grouped.set(month, [row]);
  }
  return grouped;
}
