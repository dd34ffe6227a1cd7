import { NETWORK_MEASURE_DEFINITIONS, periodBefore, type ClaimPeriod, type Improvement, type NetworkMeasure } from '@stewardship/evidence';
import type { MonthlyPowerIndicators } from '@stewardship/power';
import pLimit from 'p-limit';
import type { Caller } from '../common/request-context';
import type { DecisionsService } from '../decisions/decisions.service';
import type { PowerFigure } from '../power/models/power.model';
import type { PowerService } from '../power/power.service';
import type { PracticeScoreSeriesModel } from '../scores/models/practice-score.model';
import type { ScoresService } from '../scores/scores.service';
import type { NormalisedEvidence } from './claim-input.validation';
import type { NetworkService } from '../network/network.service';

/** What names a piece of evidence: its kind and the references that kind uses. */
export type EvidenceRef = Pick<NormalisedEvidence, 'kind' | 'decisionId' | 'powerFigure' | 'practice' | 'placeId' | 'organisationId' | 'networkMeasure' | 'documentUrl'>;

/** A figure's values over a claim's period and the period before, as its area publishes them. */
export interface GatheredFigure {
  /** Values by date (monthly figures dated the first of their month), within the two periods only. */
  points: { date: string; value: number }[];
  /** Values within the two periods withheld to protect a small group. */
  suppressedPoints: number;
  improvement: Improvement;
}

/** What was gathered for one piece of evidence: a figure's values, or, for a cited decision, its current version. */
export type Gathered = { figure: GatheredFigure; decisionVersion: null } | { figure: null; decisionVersion: string | null };

const toMonth = (date: string) => date.slice(0, 7);
const monthDate = (month: string) => `${month}-01`;

/** The calendar months whose first day may fall within a claim's period or the period before it. */
export function evidenceWindow(period: ClaimPeriod): ClaimPeriod & { fromMonth: string; toMonth: string } {
  const before = periodBefore(period);
  return { from: before.from, to: period.to, fromMonth: toMonth(before.from), toMonth: toMonth(period.to) };
}

/**
 * Sources read at once for one request. A source is a series of months of figures (a network measure may build
 * months never kept yet), each read making a few queries at once: a page of claims over every place, read all at
 * once, took every pooled connection and kept other requests waiting past the pool's time-out.
 */
const SOURCES_AT_ONCE = 3;

interface Deps {
  caller: Caller;
  power: PowerService;
  scores: ScoresService;
  decisions: DecisionsService;
  network: Pick<NetworkService, 'monthlyMeasure'>;
}

/**
 * Gathers the figures evidence needs, each through the area that owns it (power figures from PowerService, practice
 * scores through the scores area's disclosure, network measures from the network area), for one request. Each source
 * is read once per place (or partner and measure) over the months `prepare` was told of, so a page of claims costs a
 * read per place rather than per claim.
 */
export class ClaimEvidenceGatherer {
  private readonly loaded: { key: string; fromMonth: string; toMonth: string; value: Promise<unknown> }[] = [];
  private readonly limit = pLimit(SOURCES_AT_ONCE);

  constructor(private readonly deps: Deps) {}

  /** Reads, once per source and subject, the months all these pieces of evidence need over their claims' periods. */
  async prepare(wanted: readonly { ref: EvidenceRef; period: ClaimPeriod }[]): Promise<void> {
    const ranges = new Map<string, { ref: EvidenceRef; fromMonth: string; toMonth: string }>();
    for (const { ref, period } of wanted) {
      const key = sourceKey(ref);
      if (!key) continue;
      const window = evidenceWindow(period);
      const range = ranges.get(key);
      ranges.set(key, {
        ref,
        fromMonth: range && range.fromMonth < window.fromMonth ? range.fromMonth : window.fromMonth,
        toMonth: range && range.toMonth > window.toMonth ? range.toMonth : window.toMonth,
      });
    }
    await Promise.all([...ranges.values()].map(({ ref, fromMonth, toMonth }) => this.read(ref, fromMonth, toMonth)));
  }

  /** The evidence's figure over the claim's period and the one before; for a decision, its current version. */
  async gather(ref: EvidenceRef, period: ClaimPeriod): Promise<Gathered> {
    if (ref.kind === 'DOCUMENT') return { figure: null, decisionVersion: null };
    if (ref.kind === 'DECISION') {
      const decision = await this.deps.decisions.get(this.deps.caller.systemId, ref.decisionId as string);
      return { figure: null, decisionVersion: decision ? `${decision.current.version}` : null };
    }
    const window = evidenceWindow(period);
    const inWindow = (date: string) => window.from <= date && date <= window.to;
    const source = await this.read(ref, window.fromMonth, window.toMonth);
    const figure = source.figure(ref);
    return {
      figure: {
        points: figure.points.filter((p) => inWindow(p.date)),
        suppressedPoints: figure.suppressedMonths.filter((month) => inWindow(monthDate(month))).length,
        improvement: figure.improvement,
      },
      decisionVersion: null,
    };
  }

  /** A source's months, from what is already read when it covers them. */
  private read(ref: EvidenceRef, fromMonth: string, toMonth: string): Promise<FigureSource> {
    const key = sourceKey(ref) as string;
    const hit = this.loaded.find((l) => l.key === key && l.fromMonth <= fromMonth && toMonth <= l.toMonth);
    if (hit) return hit.value as Promise<FigureSource>;
    const value = this.limit(() => this.load(ref, fromMonth, toMonth));
    this.loaded.push({ key, fromMonth, toMonth, value });
    return value;
  }

  private async load(ref: EvidenceRef, fromMonth: string, toMonth: string): Promise<FigureSource> {
    const { caller, power, scores, network } = this.deps;
    switch (ref.kind) {
      case 'POWER_INDICATOR':
        return powerSource(await power.monthlyFigures(caller.systemId, ref.placeId, fromMonth, toMonth), power);
      case 'PRACTICE_SCORE':
        return scoreSource(await scores.practiceScoresBetween(caller, { placeId: ref.placeId }, fromMonth, toMonth));
      default: {
        const measure = ref.networkMeasure as NetworkMeasure;
        const read = await network.monthlyMeasure(caller.systemId, { organisationId: ref.organisationId, placeId: ref.placeId }, measure, fromMonth, toMonth);
        const points = read.points.map((p) => ({ date: monthDate(p.month), value: p.value }));
        return { figure: () => ({ points, suppressedMonths: read.suppressedMonths, improvement: NETWORK_MEASURE_DEFINITIONS[measure].improvement }) };
      }
    }
  }
}

/** One read of a source: every figure it holds, by the evidence naming one. */
interface FigureSource {
  figure(ref: EvidenceRef): { points: { date: string; value: number }[]; suppressedMonths: string[]; improvement: Improvement };
}

/** Which read serves a piece of evidence: one per place for power figures and for scores, one per subject and measure for the network. */
function sourceKey(ref: EvidenceRef): string | null {
  switch (ref.kind) {
    case 'POWER_INDICATOR':
      return `power|${ref.placeId ?? ''}`;
    case 'PRACTICE_SCORE':
      return `scores|${ref.placeId ?? ''}`;
    case 'NETWORK_MEASURE':
      return `network|${ref.placeId ?? ''}|${ref.organisationId ?? ''}|${ref.networkMeasure}`;
    default:
      return null;
  }
}

function powerSource(months: readonly MonthlyPowerIndicators[], power: PowerService): FigureSource {
  return {
    figure: (ref) => {
      const figure = ref.powerFigure as PowerFigure;
      // A month without the cases a figure counts (no decisions, no affected partner) has no value: a gap, not a zero.
      const points = months.flatMap(({ month, indicators }) => (indicators[figure] === null ? [] : [{ date: monthDate(month), value: indicators[figure] as number }]));
      return { points, suppressedMonths: [], improvement: power.improvementOf(figure) };
    },
  };
}

function scoreSource({ series, answeredMonths }: { series: PracticeScoreSeriesModel[]; answeredMonths: string[] }): FigureSource {
  const answered = new Set(answeredMonths);
  return {
    figure: (ref) => {
      const practice = series.find((s) => s.practice === ref.practice);
      const points = (practice?.points ?? []).flatMap((p) => (!p.suppressed && p.mean !== null ? [{ date: monthDate(p.month), value: p.mean }] : []));
      // A month nobody in the system answered is a gap; one withheld while others answered is suppressed.
      const suppressedMonths = (practice?.points ?? []).filter((p) => p.suppressed && answered.has(p.month)).map((p) => p.month);
      return { points, suppressedMonths, improvement: 'increase' };
    },
  };
}
