import { indicatorsForDecisions, type PowerIndicators, type PowerOptions } from './power-indicators';
import { checkMonthRange, checkPowerInput, type MonthRange, type PowerDecision, type PowerInput } from './power-input';
import { monthPeriod, monthsBetween } from './months';
import { resolveRepresentationOptions } from './representation';

export interface MonthlyPowerIndicators {
  /** yyyy-mm */
  month: string;
  indicators: PowerIndicators;
}

/**
 * The indicators for each calendar month of the range (yyyy-mm to yyyy-mm, inclusive), each exactly what
 * `powerIndicators` gives for that month's first to last day. The log is checked and grouped by month once, so a
 * long log over many months is read once rather than once per month; only the seats are read again each month.
 */
export function monthlyPowerIndicators(
  input: PowerInput,
  range: MonthRange,
  options: PowerOptions = {},
): MonthlyPowerIndicators[] {
  checkMonthRange(range);
  const resolved = resolveRepresentationOptions(options);
  const checked = checkPowerInput(input);
  const decisionsByMonth = new Map<string, PowerDecision[]>();
  for (const decision of checked.decisions) {
    const month = decision.date.slice(0, 7);
    if (month < range.from || month > range.to) continue;
    const decisions = decisionsByMonth.get(month);
    if (decisions) decisions.push(decision);
    else decisionsByMonth.set(month, [decision]);
  }
  return monthsBetween(range.from, range.to).map((month) => ({
    month,
    indicators: indicatorsForDecisions(checked, decisionsByMonth.get(month) ?? [], monthPeriod(month), resolved),
  }));
}
