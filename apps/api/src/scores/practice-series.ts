import { groupDisclosure, planDisclosure, type Atom, type DisclosurePlan } from '@stewardship/disclosure';
import { PRACTICES } from '@stewardship/domain';
import { hiddenSummary, SECONDARY_SUPPRESSION_REASON, smallGroupReason, summariseDistribution, type ScoreSummary } from '@stewardship/scores';
import { xmr } from '@stewardship/spc';
import type { PracticeScoreCell } from '../surveys/surveys.queries';
import type { PracticeScorePointModel, PracticeScoreSeriesModel } from './models/practice-score.model';

/** Which respondents a figure covers; every part optional. */
export interface ScoreGroup {
  placeId?: string | null;
  sector?: string | null;
  roleGroup?: string | null;
}

/** A cell as a disclosure atom: its traits, most important first, are what the filters can select it by. */
function atomOf(cell: PracticeScoreCell): Atom {
  const places = [...cell.placeIds].sort().join('+');
  return {
    key: `${places}|${cell.sector}|${cell.roleGroup}`,
    n: cell.distribution.reduce((sum, c) => sum + c, 0),
    // Place first: place leads read their own place, so blocks should stay inside a place set where they can.
    traits: [`places:${places}`, `sector:${cell.sector}`, `role:${cell.roleGroup}`],
  };
}

const inGroup = (cell: PracticeScoreCell, group: ScoreGroup) =>
  (!group.placeId || cell.placeIds.includes(group.placeId)) && (!group.sector || cell.sector === group.sector) && (!group.roleGroup || cell.roleGroup === group.roleGroup);

/**
 * One group's published summary for one month and practice: the group's distribution summed from the cells it
 * selects, shown only when the disclosure plan of all that month's cells lets it be (libs/disclosure).
 */
function groupSummary(cells: readonly PracticeScoreCell[], plan: DisclosurePlan, group: ScoreGroup): ScoreSummary {
  const selected = cells.filter((cell) => inGroup(cell, group));
  const disclosure = groupDisclosure(plan, selected.map((cell) => atomOf(cell).key));
  if (!disclosure.publishable) {
    return hiddenSummary(disclosure.reason === 'small' ? smallGroupReason(plan.minimumGroupSize) : SECONDARY_SUPPRESSION_REASON);
  }
  const distribution = [0, 0, 0, 0, 0];
  for (const cell of selected) cell.distribution.forEach((count, i) => (distribution[i] += count));
  return summariseDistribution(distribution, { minimumGroupSize: plan.minimumGroupSize });
}

/**
 * The six practices' monthly series for one group: a score summary per month (mean, n, 95% CI, distribution; hidden
 * when too small or when publishing it could reveal a small group by differencing) read as an XmR chart over the
 * months that are shown. `cells` are all the system's cells of those months, not only the group's: the disclosure
 * plan is made from all of them, so every reader and every filter sees the same protection.
 */
export function practiceSeries(months: readonly string[], cells: readonly PracticeScoreCell[], group: ScoreGroup, minimumGroupSize: number): PracticeScoreSeriesModel[] {
  const byCell = new Map<string, PracticeScoreCell[]>();
  for (const cell of cells) {
    const key = `${cell.month}|${cell.practice}`;
    const list = byCell.get(key);
    if (list) list.push(cell);
    else byCell.set(key, [cell]);
  }
  // Every response scores all six practices, so a month's six plans are normally one: make each distinct plan once.
  const plans = new Map<string, DisclosurePlan>();
  const planFor = (monthCells: readonly PracticeScoreCell[]) => {
    const atoms = monthCells.map(atomOf);
    const signature = atoms.map((a) => `${a.key}=${a.n}`).sort().join(';');
    let plan = plans.get(signature);
    if (!plan) {
      plan = planDisclosure(atoms, minimumGroupSize);
      plans.set(signature, plan);
    }
    return plan;
  };

  return PRACTICES.map((practice) => {
    const summaries = months.map((month): [string, ScoreSummary] => {
      const monthCells = byCell.get(`${month}|${practice.key}`) ?? [];
      return [month, groupSummary(monthCells, planFor(monthCells), group)];
    });
    const shown = summaries.filter(([, s]) => !s.suppressed && s.mean !== null);
    const chart = shown.length ? xmr(shown.map(([month, s]) => ({ date: `${month}-01`, value: s.mean as number })), { improvement: 'increase' }) : null;
    const spcByMonth = new Map(chart?.points.map((p) => [p.date.slice(0, 7), p]) ?? []);
    const points = summaries.map(([month, s]): PracticeScorePointModel => {
      const spc = spcByMonth.get(month);
      return {
        month,
        suppressed: s.suppressed,
        suppressionReason: s.suppressionReason,
        n: s.n,
        mean: s.mean,
        standardDeviation: s.standardDeviation,
        confidenceLower: s.confidenceInterval?.lower ?? null,
        confidenceUpper: s.confidenceInterval?.upper ?? null,
        distribution: s.distribution ? [...s.distribution] : null,
        movingRange: spc?.movingRange ?? null,
        processMean: spc?.mean ?? null,
        lowerLimit: spc?.lowerLimit ?? null,
        upperLimit: spc?.upperLimit ?? null,
        rules: spc?.rules ?? [],
        variation: spc?.variation ?? 'common',
      };
    });
    const latestPeriod = chart?.periods[chart.periods.length - 1];
    // The latest month that is published and charted: a just-opened round with too few answers must not blank the icon.
    const latest = [...points].reverse().find((p) => !p.suppressed && p.processMean !== null) ?? null;
    return {
      practice: practice.key,
      name: practice.name,
      shortHelp: practice.shortHelp,
      points,
      limitsNote: !chart ? 'No months with enough responses to chart yet' : latestPeriod?.reason ?? null,
      latestVariation: latest?.variation ?? null,
      latestMonth: latest?.month ?? null,
    };
  });
}
