import { PRACTICES, PracticeKey } from '@stewardship/domain';
import { COMPLEMENT_REASON, hiddenSummary, summariseBreakdown, summariseDistribution, ScoreSummary } from '@stewardship/scores';
import { xmr } from '@stewardship/spc';
import type { PracticeScorePointModel, PracticeScoreSeriesModel } from './models/practice-score.model';

/** How many respondents gave each score, for one month and practice (and, for breakdowns, one group). */
export interface ScoreCount {
  month: string;
  practice: PracticeKey;
  group?: string;
  score: number;
  count: number;
}

const cellKey = (month: string, practice: string) => `${month}|${practice}`;

function scoresOf(counts: readonly ScoreCount[]): number[] {
  return counts.flatMap((c) => Array.from({ length: c.count }, () => c.score));
}

function distributionOf(counts: readonly ScoreCount[]): number[] {
  const distribution = [0, 0, 0, 0, 0];
  for (const c of counts) distribution[c.score - 1] += c.count;
  return distribution;
}

/**
 * Month-and-practice cells whose selected group must be hidden because a breakdown of its parent would otherwise
 * reveal a small sibling by subtraction (complementary suppression, see summariseBreakdown).
 */
export function complementHidden(siblings: readonly ScoreCount[], selected: string, minimumGroupSize: number): Set<string> {
  const cells = new Map<string, Map<string, ScoreCount[]>>();
  for (const count of siblings) {
    const groups = cells.get(cellKey(count.month, count.practice)) ?? new Map<string, ScoreCount[]>();
    groups.set(count.group as string, [...(groups.get(count.group as string) ?? []), count]);
    cells.set(cellKey(count.month, count.practice), groups);
  }
  const hidden = new Set<string>();
  for (const [key, groups] of cells) {
    const breakdown = summariseBreakdown([...groups].map(([group, counts]) => ({ key: group, scores: scoresOf(counts) })), { minimumGroupSize });
    if (breakdown.groups.find((g) => g.key === selected)?.suppressedBecause) hidden.add(key);
  }
  return hidden;
}

/**
 * The six practices' monthly series: a score summary per month (mean, n, 95% CI, distribution, suppressed below the
 * minimum group size or when `hidden` says so), read as an XmR chart over the months that are shown.
 */
export function practiceSeries(months: readonly string[], counts: readonly ScoreCount[], hidden: ReadonlySet<string>, minimumGroupSize: number): PracticeScoreSeriesModel[] {
  const byCell = new Map<string, ScoreCount[]>();
  for (const count of counts) {
    const key = cellKey(count.month, count.practice);
    byCell.set(key, [...(byCell.get(key) ?? []), count]);
  }

  return PRACTICES.map((practice) => {
    const summaries = months.map((month): [string, ScoreSummary] => {
      const summary = summariseDistribution(distributionOf(byCell.get(cellKey(month, practice.key)) ?? []), { minimumGroupSize });
      if (!summary.suppressed && hidden.has(cellKey(month, practice.key))) {
        return [month, hiddenSummary(COMPLEMENT_REASON)];
      }
      return [month, summary];
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
