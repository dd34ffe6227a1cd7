import { collapseSmallClasses, groupDisclosure, planDisclosure, type Atom, type DisclosurePlan } from '@stewardship/disclosure';
import { PRACTICES, SUMMARY_QUESTIONS } from '@stewardship/domain';
import { hiddenSummary, SECONDARY_SUPPRESSION_REASON, smallGroupReason, summariseDistribution, type ScoreSummary } from '@stewardship/scores';
import { rebaseSuggestion, xmr, type XmrOptions } from '@stewardship/spc';
import type { ScoreCell } from '../surveys/surveys.queries';
import type { PracticeScorePointModel, PracticeScoreSeriesModel, ScoreSeriesFields, SummaryScoreSeriesModel } from './models/practice-score.model';
import type { RebaseSuggestionModel, ScoreRebaseModel } from './models/score-rebase.model';

/** Which respondents a figure covers; every part optional. */
export interface ScoreGroup {
  placeId?: string | null;
  sector?: string | null;
  roleGroup?: string | null;
}

/** A view's rebases, as the charts are told of them: the active ones, and the suggested months users dismissed. */
export interface SeriesRebases {
  /** Active rebases of this view, any question (`practice` holds a practice's or a summary question's key). */
  rebases?: readonly ScoreRebaseModel[];
  /** Suggested rebases dismissed for this view: not offered again for that question and month (yyyy-mm). */
  dismissed?: readonly { practice: string; month: string }[];
}

const placeKey = (placeIds: readonly string[]) => [...placeIds].sort().join('+');
const total = (distribution: readonly number[]) => distribution.reduce((sum, c) => sum + c, 0);

/** A cell as the figures count it, with its disclosure atom: its traits, most important first, are what filters select it by. */
interface CountedCell {
  cell: ScoreCell;
  atom: Atom;
}

function countedCell(cell: ScoreCell, places: string): CountedCell {
  return {
    cell,
    atom: {
      key: `${places}|${cell.sector}|${cell.roleGroup}`,
      n: total(cell.distribution),
      // Place first: place leads read their own place, so blocks should stay inside a place set where they can.
      traits: [`places:${places}`, `sector:${cell.sector}`, `role:${cell.roleGroup}`],
    },
  };
}

/**
 * The month's cells as the figures count them: respondents whose exact combination of places is shared by fewer
 * than the minimum count toward the system but toward no single place (collapseSmallClasses says why).
 */
function countedCells(cells: readonly ScoreCell[], minimumGroupSize: number): CountedCell[] {
  const places = cells.map((cell) => placeKey(cell.placeIds));
  const sizes = new Map<string, number>();
  cells.forEach((cell, i) => sizes.set(places[i], (sizes.get(places[i]) ?? 0) + total(cell.distribution)));
  const collapsed = collapseSmallClasses(sizes, minimumGroupSize, '');
  const counted = new Map<string, { cell: ScoreCell; places: string }>();
  cells.forEach((cell, i) => {
    const own = !collapsed.has(places[i]);
    const key = `${own ? places[i] : ''}|${cell.sector}|${cell.roleGroup}`;
    const same = counted.get(key);
    if (same) same.cell = { ...same.cell, distribution: same.cell.distribution.map((c, j) => c + cell.distribution[j]) };
    else counted.set(key, { cell: { ...cell, placeIds: own ? cell.placeIds : [] }, places: own ? places[i] : '' });
  });
  return [...counted.values()].map(({ cell, places }) => countedCell(cell, places));
}

const inGroup = (cell: ScoreCell, group: ScoreGroup) =>
  (!group.placeId || cell.placeIds.includes(group.placeId)) && (!group.sector || cell.sector === group.sector) && (!group.roleGroup || cell.roleGroup === group.roleGroup);

/**
 * One group's published summary for one month and practice: the group's distribution summed from the cells it
 * selects, shown only when the disclosure plan of all that month's cells lets it be (libs/disclosure).
 */
function groupSummary(cells: readonly CountedCell[], plan: DisclosurePlan, group: ScoreGroup): ScoreSummary {
  const selected = cells.filter(({ cell }) => inGroup(cell, group));
  const disclosure = groupDisclosure(plan, selected.map(({ atom }) => atom.key));
  if (!disclosure.publishable) {
    return hiddenSummary(disclosure.reason === 'small' ? smallGroupReason(plan.minimumGroupSize) : SECONDARY_SUPPRESSION_REASON);
  }
  const distribution = [0, 0, 0, 0, 0];
  for (const { cell } of selected) cell.distribution.forEach((count, i) => (distribution[i] += count));
  return summariseDistribution(distribution, { minimumGroupSize: plan.minimumGroupSize });
}

/** A question answered 1–5 whose monthly answers are charted: one of the six practices or a summary question. */
interface ScoredQuestion<K extends string> {
  key: K;
  name: string;
  shortHelp: string;
}

/**
 * The six practices' monthly series for one group: a score summary per month (mean, n, 95% CI, distribution; hidden
 * when too small or when publishing it could reveal a small group by differencing) read as an XmR chart over the
 * months that are shown. `cells` are all the system's cells of those months, not only the group's: the disclosure
 * plan is made from all of them, so every reader and every filter sees the same protection. Each active rebase within
 * the months starts a new period with its own mean and limits; a suggested rebase (libs/spc) is read from the shown
 * months with those periods, unless it was dismissed for its month.
 */
export function practiceSeries(months: readonly string[], cells: readonly ScoreCell[], group: ScoreGroup, minimumGroupSize: number, rebases: SeriesRebases = {}): PracticeScoreSeriesModel[] {
  return questionSeries(PRACTICES, months, cells, group, minimumGroupSize, rebases).map(({ key, ...series }) => ({ practice: key, ...series }));
}

/** Direction, alignment and commitment, month by month for one group: the same figures, protection and rebases as `practiceSeries`. */
export function summarySeries(months: readonly string[], cells: readonly ScoreCell[], group: ScoreGroup, minimumGroupSize: number, rebases: SeriesRebases = {}): SummaryScoreSeriesModel[] {
  return questionSeries(SUMMARY_QUESTIONS, months, cells, group, minimumGroupSize, rebases).map(({ key, ...series }) => ({ question: key, ...series }));
}

function questionSeries<K extends string>(
  questions: readonly ScoredQuestion<K>[],
  months: readonly string[],
  cells: readonly ScoreCell[],
  group: ScoreGroup,
  minimumGroupSize: number,
  { rebases = [], dismissed = [] }: SeriesRebases,
): (ScoreSeriesFields & { key: K })[] {
  const byCell = new Map<string, ScoreCell[]>();
  for (const cell of cells) {
    const key = `${cell.month}|${cell.question}`;
    const list = byCell.get(key);
    if (list) list.push(cell);
    else byCell.set(key, [cell]);
  }
  // Every response answers every question, so a month's plans are normally one: make each distinct plan once.
  const plans = new Map<string, DisclosurePlan>();
  const planFor = (monthCells: readonly CountedCell[]) => {
    const atoms = monthCells.map(({ atom }) => atom);
    const signature = atoms.map((a) => `${a.key}=${a.n}`).sort().join(';');
    let plan = plans.get(signature);
    if (!plan) {
      plan = planDisclosure(atoms, minimumGroupSize);
      plans.set(signature, plan);
    }
    return plan;
  };

  return questions.map((question) => {
    const summaries = months.map((month): [string, ScoreSummary] => {
      const monthCells = countedCells(byCell.get(`${month}|${question.key}`) ?? [], minimumGroupSize);
      return [month, groupSummary(monthCells, planFor(monthCells), group)];
    });
    const shown = summaries.filter(([, s]) => !s.suppressed && s.mean !== null);
    const questionRebases = rebases.filter((r) => r.practice === question.key && r.month >= months[0] && r.month <= months[months.length - 1]).sort((a, b) => (a.month < b.month ? -1 : 1));
    const options: XmrOptions = { improvement: 'increase', rebase: questionRebases.map((r) => `${r.month}-01`) };
    const values = shown.map(([month, s]) => ({ date: `${month}-01`, value: s.mean as number }));
    const chart = shown.length ? xmr(values, options) : null;
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
      key: question.key,
      name: question.name,
      shortHelp: question.shortHelp,
      points,
      limitsNote: !chart ? 'No months with enough responses to chart yet' : latestPeriod?.reason ?? null,
      latestVariation: latest?.variation ?? null,
      latestMonth: latest?.month ?? null,
      rebases: questionRebases,
      rebaseSuggestion: suggestion(question.key, rebaseSuggestion(values, options), dismissed),
    };
  });
}

/** The lib's suggestion in the API's months (yyyy-mm), or null when users dismissed it for that month. */
function suggestion(question: string, found: ReturnType<typeof rebaseSuggestion>, dismissed: readonly { practice: string; month: string }[]): RebaseSuggestionModel | null {
  if (!found) return null;
  const from = found.from.slice(0, 7);
  if (dismissed.some((d) => d.practice === question && d.month === from)) return null;
  return { from, months: found.months.map((date) => date.slice(0, 7)), direction: found.direction, reason: found.reason };
}
