import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import {
  ACTION_RULES,
  networkSnapshot,
  readFigure,
  suggestActions,
  whatChanged,
  withClaimActions,
  type FigureReading,
  type ReviewFigure,
  type NetworkSnapshot,
  type SnapshotNetwork,
} from '@stewardship/actions';
import { canReadClaims, isoMonthProblem } from '@stewardship/domain';
import { monthName } from '@stewardship/network';
import { POWER_DEFINITIONS } from '@stewardship/power';
import { addMonths } from '../common/dates';
import { FieldErrors, forbidden } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { ClaimsService } from '../claims/claims.service';
import type { PartnerNetworkModel } from '../network/models/partner-network.model';
import { InputVersionsService } from '../input-versions/input-versions.service';
import { NetworkService } from '../network/network.service';
import { PlacesService } from '../places/places.service';
import type { PowerSeriesModel } from '../power/models/power.model';
import { PowerService } from '../power/power.service';
import type { PracticeScoreSeriesModel } from '../scores/models/practice-score.model';
import { ScoresService } from '../scores/scores.service';
import { SurveyResultsService } from '../surveys/survey-results.service';
import type { RoundState } from '../surveys/surveys.queries';
import type { ReviewFigures } from './review-figures';
import { keepReview, keptReview } from './review.queries';
import type { MonthlyReviewModel, ReviewClaimModel, ReviewClaimsModel, ReviewNetworkModel, ReviewPowerModel, ReviewPracticeScoresModel } from './models/monthly-review.model';

/** The months each chart of the review covers, ending at the month reviewed: the scores and power pages' default span. */
export const REVIEW_MONTHS = 24;
/** The "too cosy" run, as the power page's default. */
const COSY_MONTHS = 6;
/** Claims listed per status (the counts cover them all). */
const CLAIMS_LISTED = 20;

type ReviewedPlace = { id: string; name: string };

/** Why a section built from the survey has nothing for the month. */
function roundMissing(state: RoundState, month: string): string | null {
  if (state === 'CLOSED') return null;
  return state === 'OPEN' ? `The survey round for ${monthName(month)} is still open: its figures are shown when it closes` : `No survey round closed for ${monthName(month)}`;
}

/**
 * The monthly review: reads each section through the area that owns it (ScoresService, PowerService, NetworkService,
 * ClaimsService, which apply their own disclosure control and scope) and lets libs/actions decide what changed, the
 * network snapshot and the suggested actions. Every role reads it; a place lead their own place's only.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectEntityManager() private readonly db: EntityManager,
    private readonly results: SurveyResultsService,
    private readonly scores: ScoresService,
    private readonly power: PowerService,
    private readonly network: NetworkService,
    private readonly claims: ClaimsService,
    private readonly places: PlacesService,
    private readonly inputVersions: InputVersionsService,
  ) {}

  /** `month` yyyy-mm, default the newest month whose survey round has closed; `placeId` a place, or the whole system. */
  async monthlyReview(caller: Caller, requestedMonth: string | null | undefined, requestedPlace: string | null | undefined): Promise<MonthlyReviewModel> {
    const errors = new FieldErrors();
    if (requestedMonth != null) errors.add('month', isoMonthProblem(requestedMonth));
    errors.throwIfAny();
    const place = await this.place(caller, requestedPlace || null);
    const month = requestedMonth ?? (await this.results.latestClosedMonth(caller.systemId)) ?? (await this.results.latestOpenedMonth(caller.systemId));
    const round = await this.results.roundState(caller.systemId, month);

    const [{ figures, computedAt }, claims] = await Promise.all([this.keptFigures(caller, month, place, round), this.claimsSection(caller, place?.id ?? null)]);
    const everythingMissing = !!figures.practiceScores.missingReason && !!figures.power.missingReason && !!figures.network.missingReason && !!claims.missingReason;
    return {
      month,
      placeId: place?.id ?? null,
      placeName: place?.name ?? null,
      roundClosed: round === 'CLOSED',
      figuresComputedAt: computedAt.toISOString(),
      practiceScores: figures.practiceScores,
      changes: figures.changes,
      network: figures.network,
      power: figures.power,
      claims,
      actions: {
        missingReason: everythingMissing ? `No figures or claims for ${monthName(month)} to suggest actions from` : null,
        actions: withClaimActions(
          figures.figureActions,
          claims.missingReason
            ? null
            : { awaiting: claims.awaitingReview, evidenceChanged: claims.evidenceChanged, awaitingCount: claims.awaitingReviewCount, evidenceChangedCount: claims.evidenceChangedCount },
        ),
        rules: ACTION_RULES.map((rule) => ({ ...rule })),
      },
    };
  }

  /**
   * The review's figures as kept, when the data they were built from has not changed since (and the month's round is
   * in the same state: a round closes with time, not with a write); else computed and kept for the next reader.
   */
  private async keptFigures(caller: Caller, month: string, place: ReviewedPlace | null, round: RoundState): Promise<{ figures: ReviewFigures; computedAt: Date }> {
    const placeId = place?.id ?? null;
    // The version is read before the figures are, so figures computed while a change is written are stamped older and recomputed.
    const [currentVersion, kept] = await Promise.all([this.inputVersions.upTo(caller.systemId, month), keptReview(this.db, caller.systemId, placeId, month)]);
    if (kept && kept.inputsVersion === currentVersion && kept.roundState === round) return kept;
    const figures = await this.figures(caller, month, place, round);
    return { figures, computedAt: await keepReview(this.db, caller.systemId, placeId, month, currentVersion, round, figures) };
  }

  /** Every section but the claims, read through the areas that own them. */
  private async figures(caller: Caller, month: string, place: ReviewedPlace | null, round: RoundState): Promise<ReviewFigures> {
    const placeId = place?.id ?? null;
    const [scoreSeries, powerSeries, networks] = await Promise.all([
      round === 'CLOSED' ? this.scores.practiceScores(caller, { placeId }, REVIEW_MONTHS, month) : Promise.resolve(null),
      this.power.series(caller, placeId, addMonths(month, 1 - REVIEW_MONTHS), month, COSY_MONTHS),
      round === 'CLOSED' ? this.networks(caller, month, placeId) : Promise.resolve(null),
    ]);

    const practiceFigures = (scoreSeries ?? []).map(practiceFigure);
    const powerFigures = powerSeries.figures.map((series) => powerFigure(series, this.power.improvementOf(series.figure)));
    const networkFigures = networks?.current.suppressed === false ? networkMeasures(networks.current, networks.previous) : [];
    const practiceReadings = practiceFigures.map((figure) => readFigure(figure, month));
    const powerReadings = powerFigures.map((figure) => readFigure(figure, month));

    const practiceScores = this.practiceSection(scoreSeries, practiceReadings, month, round);
    const power = powerSection(powerSeries, powerReadings, month);
    const missingNetwork = networkMissing(networks, month, round);
    const current = networks && !missingNetwork ? snapshotOf(networks.current) : null;
    const snapshot = current && networkSnapshot(current, networks?.previous ? snapshotOf(networks.previous) : null);
    const network = networkSection(networks, missingNetwork, current && snapshot ? { current, snapshot } : null);

    const figureActions = suggestActions({
      month,
      placeName: place?.name ?? null,
      readings: [...practiceReadings, ...powerReadings],
      tooCosy: powerSeries.tooCosy.latestMonth === month ? { ...powerSeries.tooCosy, dissentMonths: powerSeries.tooCosy.dissentMonths.length, conflictSurfacedMonths: powerSeries.tooCosy.conflictSurfacedMonths.length } : null,
      network: current && snapshot ? { ...current, snapshot } : null,
      claims: null,
    });
    return {
      practiceScores,
      changes: {
        missingReason: practiceScores.missingReason && power.missingReason && network.missingReason ? `No figures for ${monthName(month)} to compare` : null,
        changes: whatChanged([...practiceFigures, ...powerFigures, ...networkFigures], month),
      },
      network,
      power,
      figureActions,
    };
  }

  /** A place lead reviews their own place (also when naming none); others a place of their system, or the whole system. */
  private async place(caller: Caller, placeId: string | null): Promise<ReviewedPlace | null> {
    if (caller.role === 'PLACE_LEAD') {
      if (placeId !== null && placeId !== caller.placeId) throw forbidden("A place lead can see their own place's review only");
      placeId = caller.placeId;
    }
    if (placeId === null) return null;
    const place = isUuid(placeId) ? await this.places.get(caller.systemId, placeId) : null;
    if (!place) {
      const errors = new FieldErrors();
      errors.add('placeId', 'The place is not one of your system');
      errors.throwIfAny();
    }
    return { id: placeId, name: (place as { name: string }).name };
  }

  /** The month's network and the rated month before it (for new isolates and broken bridges), as partnerNetwork serves them. */
  private async networks(caller: Caller, month: string, placeId: string | null): Promise<{ current: PartnerNetworkModel; previous: PartnerNetworkModel | null }> {
    const current = await this.network.network(caller, month, placeId);
    const previousMonth = current.ratedMonths.find((m) => m < month) ?? null;
    const previous = previousMonth ? await this.network.network(caller, previousMonth, placeId) : null;
    return { current, previous: previous && !previous.suppressed ? previous : null };
  }

  private practiceSection(series: PracticeScoreSeriesModel[] | null, readings: FigureReading[], month: string, round: RoundState): ReviewPracticeScoresModel {
    if (!series) return { missingReason: roundMissing(round, month), scores: [] };
    return {
      missingReason: series.every((s) => s.points.at(-1)?.mean == null) ? (series[0]?.points.at(-1)?.suppressionReason ?? `No practice scores for ${monthName(month)}`) : null,
      scores: series.map((s, i) => {
        const point = s.points.at(-1);
        return {
          practice: s.practice,
          name: s.name,
          value: point?.mean ?? null,
          n: point?.n ?? null,
          confidenceLower: point?.confidenceLower ?? null,
          confidenceUpper: point?.confidenceUpper ?? null,
          variation: point && point.processMean !== null ? point.variation : null,
          suppressionReason: point?.suppressionReason ?? null,
          line: readings[i].line,
          series: s.points,
        };
      }),
    };
  }

  /** Claims awaiting review and claims whose evidence changed, as the claims list gives them; not for place leads. */
  private async claimsSection(caller: Caller, placeId: string | null): Promise<ReviewClaimsModel> {
    if (!canReadClaims(caller.role)) {
      return { missingReason: "Claims are not shown to place leads: their evidence may be other places' figures", awaitingReviewCount: 0, awaitingReview: [], evidenceChangedCount: 0, evidenceChanged: [] };
    }
    const [awaiting, changed] = await Promise.all([
      this.claims.list(caller, { status: 'AWAITING', placeId }, CLAIMS_LISTED, null),
      this.claims.list(caller, { status: 'CHANGED', placeId }, CLAIMS_LISTED, null),
    ]);
    const listed = (connection: typeof awaiting.connection): ReviewClaimModel[] =>
      connection.edges.map(({ node }) => ({ id: node.id, text: node.text, madeOn: node.madeOn })).sort((a, b) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : 0));
    return {
      missingReason: null,
      awaitingReviewCount: awaiting.connection.totalCount,
      awaitingReview: listed(awaiting.connection),
      evidenceChangedCount: changed.connection.totalCount,
      evidenceChanged: listed(changed.connection),
    };
  }
}

function practiceFigure(series: PracticeScoreSeriesModel): ReviewFigure {
  return {
    area: 'PRACTICE',
    key: series.practice,
    label: series.name,
    improvement: 'increase',
    points: series.points.map((p) => ({ ...p, value: p.suppressed ? null : p.mean })),
  };
}

function powerFigure(series: PowerSeriesModel['figures'][number], improvement: ReviewFigure['improvement']): ReviewFigure {
  return { area: 'POWER', key: series.figure, label: POWER_DEFINITIONS[series.figure].name, improvement, points: series.points, decimals: series.figure === 'decisionCount' ? 0 : 2 };
}

/** The network's own measures this month against the month before: no XmR chart, so read as not judged. */
function networkMeasures(current: PartnerNetworkModel, previous: PartnerNetworkModel | null): ReviewFigure[] {
  const measures = [
    { key: 'density', label: 'Network density', value: (n: PartnerNetworkModel) => n.density },
    { key: 'reciprocity', label: 'Network reciprocity', value: (n: PartnerNetworkModel) => n.reciprocity },
  ];
  const point = (network: PartnerNetworkModel, value: number | null) => ({ month: network.month as string, value, processMean: null, lowerLimit: null, upperLimit: null, rules: [], variation: 'common' as const });
  return measures.map(({ key, label, value }) => ({
    area: 'NETWORK',
    key,
    label,
    improvement: 'increase',
    decimals: 3,
    points: [...(previous ? [point(previous, value(previous))] : []), point(current, value(current))],
  }));
}

function powerSection(series: PowerSeriesModel, readings: FigureReading[], month: string): ReviewPowerModel {
  const decisions = series.figures.find((f) => f.figure === 'decisionCount')?.points.at(-1)?.value ?? 0;
  return {
    missingReason: decisions ? null : `No decisions recorded in ${monthName(month)}`,
    fromMonth: series.fromMonth,
    toMonth: series.toMonth,
    tooCosy: series.tooCosy,
    figures: series.figures.map((f, i) => {
      const point = f.points.at(-1);
      return {
        figure: f.figure,
        name: POWER_DEFINITIONS[f.figure].name,
        value: point?.value ?? null,
        variation: point && point.processMean !== null ? point.variation : null,
        line: readings[i].line,
        trend: f.points,
      };
    }),
  };
}

const EMPTY_NETWORK = { previousMonth: null, respondentOrganisations: null, partners: null, ties: null, weakLinkCounts: [], mostSerious: [], newIsolates: [], brokenBridges: [] };

type ReviewNetworks = { current: PartnerNetworkModel; previous: PartnerNetworkModel | null } | null;

/** Why the month's network is not shown: the round not closed, no ratings, or hidden by the minimum group size. */
function networkMissing(networks: ReviewNetworks, month: string, round: RoundState): string | null {
  if (!networks) return roundMissing(round, month);
  if (!networks.current.ratedMonths.includes(month)) return `No relationship ratings for ${monthName(month)}`;
  return networks.current.suppressed ? networks.current.suppressionReason : null;
}

function networkSection(networks: ReviewNetworks, missingReason: string | null, shown: { current: SnapshotNetwork; snapshot: NetworkSnapshot } | null): ReviewNetworkModel {
  const respondentOrganisations = networks ? networks.current.respondentOrganisations : null;
  if (!networks || !shown) return { ...EMPTY_NETWORK, missingReason, respondentOrganisations };
  const { current, previous } = networks;
  const { snapshot } = shown;
  const names = new Map(shown.current.nodes.map((n) => [n.id, n.name]));
  const nameOf = (id: string) => names.get(id) ?? 'A former partner';
  return {
    missingReason,
    previousMonth: previous?.month ?? null,
    respondentOrganisations: current.respondentOrganisations,
    partners: current.nodes.length,
    ties: current.ties.length,
    weakLinkCounts: snapshot.weakLinkCounts,
    mostSerious: snapshot.mostSerious.map((l) => ({
      id: l.id,
      kind: l.kind,
      sourceId: l.source,
      sourceName: nameOf(l.source),
      targetId: l.target,
      targetName: l.target === null ? null : nameOf(l.target),
      reason: l.reason,
      alsoFlagged: l.alsoFlagged,
    })),
    newIsolates: snapshot.newIsolates.map((p) => ({ organisationId: p.id, name: p.name, previousDegree: p.previousDegree })),
    brokenBridges: snapshot.brokenBridges.map((b) => ({ id: b.id, sourceId: b.a, sourceName: b.aName, targetId: b.b, targetName: b.bName })),
  };
}

function snapshotOf(network: PartnerNetworkModel): SnapshotNetwork {
  return {
    month: network.month as string,
    nodes: network.nodes.map((n) => ({ id: n.organisationId, name: n.name, sector: n.sector, degree: n.degree, isolate: n.isolate })),
    ties: network.ties.map((t) => ({ id: t.id, a: t.sourceId, b: t.targetId, oneSided: t.oneSided, bridge: t.bridge })),
    weakLinks: network.weakLinks.map((l) => ({ id: l.id, kind: l.kind, source: l.sourceId, target: l.targetId, reason: l.reason })),
  };
}
