import type { MonthlyPowerIndicators } from '@stewardship/power';
import { tooCosyWarning } from '@stewardship/power';
import { xmr, type ImprovementDirection } from '@stewardship/spc';
import { POWER_FIGURES, type PowerFigure, type PowerFigureSeriesModel, type TooCosyWarningModel } from './models/power.model';

/**
 * Which way each figure should move for power to be more shared, for the XmR variation icons. Dissent and reopened
 * decisions are neither: a rise may be healthy challenge or a forum that cannot settle. Surfacing conflict is better
 * than burying it; the decision count is activity, not a goal.
 */
export const POWER_IMPROVEMENT: Record<PowerFigure, ImprovementDirection> = {
  inclusionRatio: 'increase',
  outsideForumShare: 'decrease',
  deputiesWithoutAuthorityShare: 'decrease',
  proposerHhi: 'decrease',
  proposerGini: 'decrease',
  reopenedShare: 'neither',
  dissentRate: 'neither',
  conflictSurfacedRate: 'increase',
  decisionCount: 'neither',
};

/** Each figure month by month, read as an XmR chart over the months with a value (a month without one is a gap). */
export function powerFigureSeries(months: readonly MonthlyPowerIndicators[]): PowerFigureSeriesModel[] {
  return POWER_FIGURES.map((figure) => {
    const values = months.map(({ month, indicators }) => ({ month, value: indicators[figure] }));
    const charted = values.filter((v): v is { month: string; value: number } => v.value !== null);
    const chart = charted.length ? xmr(charted.map((v) => ({ date: `${v.month}-01`, value: v.value })), { improvement: POWER_IMPROVEMENT[figure] }) : null;
    const spcByMonth = new Map(chart?.points.map((p) => [p.date.slice(0, 7), p]) ?? []);
    const points = values.map(({ month, value }) => {
      const spc = spcByMonth.get(month);
      return {
        month,
        value,
        movingRange: spc?.movingRange ?? null,
        processMean: spc?.mean ?? null,
        lowerLimit: spc?.lowerLimit ?? null,
        upperLimit: spc?.upperLimit ?? null,
        rules: spc?.rules ?? [],
        variation: spc?.variation ?? 'common',
      };
    });
    const latest = [...points].reverse().find((p) => p.value !== null && p.processMean !== null) ?? null;
    return {
      figure,
      points,
      limitsNote: !chart ? 'No month has a value to chart yet' : (chart.periods.at(-1)?.reason ?? null),
      latestVariation: latest?.variation ?? null,
      latestMonth: latest?.month ?? null,
    };
  });
}

/** The "too cosy" warning over the months, as libs/power judges it. */
export function tooCosy(months: readonly MonthlyPowerIndicators[], runLength: number): TooCosyWarningModel {
  const warning = tooCosyWarning(
    months.map(({ month, indicators }) => ({ month, dissentRate: indicators.dissentRate, conflictSurfacedRate: indicators.conflictSurfacedRate })),
    { months: runLength },
  );
  return {
    warning: warning.warning,
    months: warning.months,
    latestMonth: warning.latestMonth,
    dissentWarning: warning.dissent.warning,
    dissentMonths: warning.dissent.months,
    conflictSurfacedWarning: warning.conflictSurfaced.warning,
    conflictSurfacedMonths: warning.conflictSurfaced.months,
  };
}
