import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { isoMonthProblem } from '@stewardship/domain';
import type { NetworkMeasure } from '@stewardship/evidence';
import { stableLayout, undirectedTies, WEAK_LINK_DEFAULTS, type NetworkMetrics, type Position } from '@stewardship/network';
import { EntityManager } from 'typeorm';
import { seesSystemNetwork } from '../auth/auth.service';
import { addMonths, lastDayOfMonth, monthsFrom } from '../common/dates';
import { FieldErrors, forbidden } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { DecisionsService } from '../decisions/decisions.service';
import { InputVersionsService } from '../input-versions/input-versions.service';
import type { NetworkPartner } from '../organisations/organisations.queries';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlacesService } from '../places/places.service';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { SystemsService } from '../systems/systems.service';
import type { PartnerNetworkMapModel } from './models/partner-network-map.model';
import type { PartnerNetworkModel, PartnerNetworkPositionModel } from './models/partner-network.model';
import { metricsDigest, monthMetrics, networkDigest, networkMonth, type NetworkMonth } from './network-month';
import { positionSeries } from './network-position';
import { keptLayout, keptMetrics, keptNetwork, keptNetworkMap, keptNetworkWideMetrics, keptPartnerMetrics, nearestLayout, type KeptMonth, type KeptNetworkPart } from './network.queries';
import { keepLayout, keepMetrics, keepNetwork, stampNetwork } from './network-writer';
import { hiddenNetwork, networkHidden, networkMap, partnerNetwork } from './partner-network';

/** The longest series of a partner's position: five years, as the practice scores and power figures. */
export const POSITION_MAX_MONTHS = 60;
/** Missing links are pairs affected by the same decisions over this many months, to the month shown. */
const CO_AFFECTED_MONTHS = 12;

/** Whose network measure: a partner's (organisationId) in the whole system's network, or a place's network's, or the whole system's (both null). */
export interface NetworkMeasureSubject {
  organisationId: string | null;
  placeId: string | null;
}

/** The month a caller asked for (see NetworkService.network) in the network they may see; `shown` null when no month has ratings. */
interface AskedMonth {
  scope: string | null;
  shown: string | null;
  ratedMonths: string[];
  minimumGroupSize: number;
}

/** A month's network with the digest of its inputs, for reusing kept figures. */
interface DigestedMonth {
  network: NetworkMonth;
  digest: string;
}

/**
 * The partner network: reads the register, the ratings and the decision log through the areas that own them, lets
 * libs/network decide every figure, and keeps each month's figures, map positions and network as served
 * (network_metrics, network_layouts, network_views) so a month is computed once, whichever replica is asked, and
 * again only when what it was built from changes. Everyone in the system reads it; a place
 * lead sees their own place's network only, unless an administrator has granted them the system view.
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectEntityManager() private readonly db: EntityManager,
    private readonly results: SurveyResultsService,
    private readonly decisions: DecisionsService,
    private readonly organisations: OrganisationsService,
    private readonly places: PlacesService,
    private readonly systems: SystemsService,
    private readonly inputVersions: InputVersionsService,
  ) {}

  /**
   * A month's network for a place or the whole system. Without a month, the newest rated month up to the newest whose
   * survey round has closed (an open round's few answers so far would hide the network or mislead), else the newest rated month.
   */
  async network(caller: Caller, month: string | null | undefined, placeId: string | null | undefined): Promise<PartnerNetworkModel> {
    const asked = await this.askedMonth(caller, month, placeId);
    if (!asked.shown) return hiddenNetwork(null, asked.scope, asked.ratedMonths, 0, asked.minimumGroupSize);
    const network = await this.keptOrBuilt(caller.systemId, asked, asked.shown, keptNetwork, (built) => built.network);
    return { ...network, ratedMonths: asked.ratedMonths };
  }

  /** What the map draws of the month's network that `network` serves (the same month by default), read without the whole network. */
  async map(caller: Caller, month: string | null | undefined, placeId: string | null | undefined): Promise<PartnerNetworkMapModel> {
    const asked = await this.askedMonth(caller, month, placeId);
    if (!asked.shown) return { ...networkMap(hiddenNetwork(null, asked.scope, [], 0, asked.minimumGroupSize)), ratedMonths: asked.ratedMonths };
    const map = await this.keptOrBuilt(caller.systemId, asked, asked.shown, keptNetworkMap, (built) => built.map);
    return { ...map, ratedMonths: asked.ratedMonths };
  }

  /** The month a caller asks for (see network), in the network they may see. */
  private async askedMonth(caller: Caller, month: string | null | undefined, placeId: string | null | undefined): Promise<AskedMonth> {
    const scope = await this.scope(caller, placeId);
    const errors = new FieldErrors();
    if (month != null) errors.add('month', isoMonthProblem(month));
    errors.throwIfAny();
    const [ratedMonths, closedMonth, minimumGroupSize] = await Promise.all([
      this.results.ratedMonths(caller.systemId),
      month ? null : this.results.latestClosedMonth(caller.systemId),
      this.systems.minimumGroupSize(caller.systemId),
    ]);
    const shown = month ?? (closedMonth && ratedMonths.find((m) => m <= closedMonth)) ?? ratedMonths[0] ?? null;
    return { scope, shown, ratedMonths, minimumGroupSize };
  }

  /**
   * A part of the month's network as kept, while the version of the data it was built from is the one it was kept
   * at; else, when the data changed, as kept if it was built from the same inputs (their digest; stamped again with
   * the version), or built afresh and kept.
   */
  private async keptOrBuilt<T>(
    systemId: string,
    asked: AskedMonth,
    shown: string,
    readKept: (db: EntityManager, systemId: string, placeId: string | null, month: string) => Promise<KeptNetworkPart<T> | null>,
    pick: (built: { network: Omit<PartnerNetworkModel, 'ratedMonths'>; map: Omit<PartnerNetworkMapModel, 'ratedMonths'> }) => T,
  ): Promise<T> {
    // The version is read before the inputs are, so a network built while a change is written is stamped older and built again.
    const [version, kept] = await Promise.all([this.inputVersions.upTo(systemId, shown), readKept(this.db, systemId, asked.scope, shown)]);
    if (kept && kept.inputsVersion === version) return kept.part;
    const inputs = await this.monthInputs(systemId, asked, shown);
    if (kept && kept.digest === inputs.digest) {
      await stampNetwork(this.db, systemId, asked.scope, shown, kept.digest, version);
      return kept.part;
    }
    const { ratedMonths: _, ...network } = await this.build(systemId, asked.scope, inputs.partners, inputs.window, inputs.coAffected, asked.minimumGroupSize);
    const map = networkMap(network);
    await keepNetwork(this.db, systemId, asked.scope, shown, { digest: inputs.digest, inputsVersion: version }, network, map);
    return pick({ network, map });
  }

  /** What the month's network is built from (its partners, the months it looks back over, the pairs co-affected by decisions) and their digest. */
  private async monthInputs(systemId: string, { scope, ratedMonths, minimumGroupSize }: AskedMonth, shown: string) {
    const partners = await this.organisations.networkPartners(systemId, scope);
    // The month shown and the rated months before it that the declining rule looks back over, oldest first.
    const window = [...ratedMonths.filter((m) => m < shown).slice(0, WEAK_LINK_DEFAULTS.decliningMonths).reverse(), shown];
    const ids = partners.map((partner) => partner.id);
    const [ratingDigests, coAffected] = await Promise.all([
      this.results.networkRatingDigests(systemId, ids, window[0], shown),
      this.decisions.coAffectedPairs(systemId, ids, `${addMonths(shown, 1 - CO_AFFECTED_MONTHS)}-01`, lastDayOfMonth(shown), WEAK_LINK_DEFAULTS.missingCoAffected),
    ]);
    const months = window.map((m) => ({ month: m, ratingsDigest: ratingDigests.get(m) ?? 'none' }));
    return { partners, window, coAffected, digest: networkDigest({ placeId: scope, partners, months, coAffected, minimumGroupSize }) };
  }

  /** The month shown (the last of `window`) built afresh: its figures, change since the month before, weak links and map. */
  private async build(
    systemId: string,
    scope: string | null,
    partners: readonly NetworkPartner[],
    window: readonly string[],
    coAffected: { a: string; b: string; decisions: number }[],
    minimumGroupSize: number,
  ): Promise<PartnerNetworkModel> {
    const shown = window[window.length - 1];
    const months = await this.months(systemId, scope, partners, window);
    const current = months[months.length - 1];
    if (networkHidden(current.network, minimumGroupSize)) return hiddenNetwork(shown, scope, [], current.network.respondentOrganisations, minimumGroupSize);
    // Change since a month that is itself hidden would give its figures away, so there is none.
    const before = months.length > 1 && !networkHidden(months[months.length - 2].network, minimumGroupSize) ? months[months.length - 2] : null;
    const metrics = await this.metrics(systemId, scope, before ? [before, current] : [current]);
    const currentMetrics = metrics.get(shown) as NetworkMetrics;
    return partnerNetwork({
      placeId: scope,
      ratedMonths: [],
      minimumGroupSize,
      months: months.map((m) => m.network),
      metrics: currentMetrics,
      previous: before ? { network: before.network, metrics: metrics.get(before.network.month) as NetworkMetrics } : null,
      coAffected,
      positions: await this.layout(systemId, scope, current.network, currentMetrics),
    });
  }

  /**
   * A partner's degree, strength and betweenness month by month from `fromMonth` to `toMonth`, in the network the
   * caller sees it in: the whole system's, or a place lead's own place's. Null when that network has no such partner.
   */
  async position(caller: Caller, organisationId: string, fromMonth: string, toMonth: string): Promise<PartnerNetworkPositionModel | null> {
    const errors = new FieldErrors();
    errors.add('fromMonth', isoMonthProblem(fromMonth));
    errors.add('toMonth', isoMonthProblem(toMonth));
    if (!errors.has('fromMonth') && !errors.has('toMonth')) {
      if (toMonth < fromMonth) errors.add('toMonth', 'The last month must not be before the first');
      else if (monthsFrom(fromMonth, toMonth).length > POSITION_MAX_MONTHS) errors.add('toMonth', `Choose at most ${POSITION_MAX_MONTHS} months`);
    }
    errors.throwIfAny();
    const { systemId } = caller;
    const scope = seesSystemNetwork(caller) ? null : caller.placeId;
    const partners = await this.organisations.networkPartners(systemId, scope);
    if (!isUuid(organisationId) || !partners.some((partner) => partner.id === organisationId)) return null;

    const [figures, minimumGroupSize] = await Promise.all([
      this.partnerFigures(systemId, scope, partners, organisationId, fromMonth, toMonth),
      this.systems.minimumGroupSize(systemId),
    ]);
    const months = monthsFrom(fromMonth, toMonth).map((month) => {
      const figure = figures.get(month);
      const shown = figure && figure.respondentOrganisations >= minimumGroupSize ? figure.figures : null;
      return { month, node: shown ? { degree: shown.degree, strength: shown.strength, betweenness: shown.betweenness } : null };
    });
    return { organisationId, fromMonth, toMonth, series: positionSeries(months) };
  }

  /**
   * One network measure month by month from `fromMonth` to `toMonth` (yyyy-mm), for weighing it as a claim's evidence:
   * a partner's (degree, strength, betweenness) in the whole system's network, or a network's (density, reciprocity) of
   * a place or the whole system. Months without a value are left out of `points`; `suppressedMonths` are the rated
   * months built from fewer respondent organisations than the minimum group size, withheld as the network page does.
   */
  async monthlyMeasure(
    systemId: string,
    subject: NetworkMeasureSubject,
    measure: NetworkMeasure,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ points: { month: string; value: number }[]; suppressedMonths: string[] }> {
    const scope = subject.organisationId ? null : subject.placeId;
    const partners = await this.organisations.networkPartners(systemId, scope);
    const { organisationId } = subject;
    const [figures, minimumGroupSize] = await Promise.all([
      organisationId
        ? this.partnerFigures(systemId, scope, partners, organisationId, fromMonth, toMonth)
        : this.monthlyFigures(systemId, scope, partners, fromMonth, toMonth, keptNetworkWideMetrics(this.db, systemId, scope, fromMonth, toMonth), ({ density, reciprocity }) => ({ density, reciprocity })),
      this.systems.minimumGroupSize(systemId),
    ]);
    const points: { month: string; value: number }[] = [];
    const suppressedMonths: string[] = [];
    for (const [month, { respondentOrganisations, figures: values }] of [...figures].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (respondentOrganisations < minimumGroupSize) suppressedMonths.push(month);
      else {
        const value = values ? (values as Record<string, number | null>)[measure] : null;
        if (value != null) points.push({ month, value });
      }
    }
    return { points, suppressedMonths };
  }

  /** One partner's figures in each rated month from `fromMonth` to `toMonth` of a network; null in a month it was not in. */
  private partnerFigures(systemId: string, scope: string | null, partners: readonly NetworkPartner[], organisationId: string, fromMonth: string, toMonth: string) {
    const kept = keptPartnerMetrics(this.db, systemId, scope, organisationId, fromMonth, toMonth);
    return this.monthlyFigures(systemId, scope, partners, fromMonth, toMonth, kept, (metrics) => metrics.nodes.find((n) => n.id === organisationId) ?? null);
  }

  /**
   * Each rated month's figures from `fromMonth` to `toMonth` (yyyy-mm) of a network, the part `pick` wants: those
   * `kept` (read in the database) where the month's inputs are unchanged, the others computed now and kept whole.
   */
  private async monthlyFigures<T>(
    systemId: string,
    scope: string | null,
    partners: readonly NetworkPartner[],
    fromMonth: string,
    toMonth: string,
    kept: Promise<Map<string, KeptMonth<T>>>,
    pick: (metrics: NetworkMetrics) => T,
  ): Promise<Map<string, { respondentOrganisations: number; figures: T }>> {
    const ids = partners.map((partner) => partner.id);
    const [ratingDigests, keptMonths] = await Promise.all([this.results.networkRatingDigests(systemId, ids, fromMonth, toMonth), kept]);
    const figures = new Map<string, { respondentOrganisations: number; figures: T }>();
    const stale: string[] = [];
    for (const [month, ratingsDigest] of ratingDigests) {
      const row = keptMonths.get(month);
      if (row && row.digest === metricsDigest(ratingsDigest, partners, scope)) figures.set(month, { respondentOrganisations: row.respondentOrganisations, figures: row.figures });
      else stale.push(month);
    }
    if (stale.length) {
      const months = await this.months(systemId, scope, partners, stale.sort());
      const computed = await this.metrics(systemId, scope, months);
      for (const { network } of months) figures.set(network.month, { respondentOrganisations: network.respondentOrganisations, figures: pick(computed.get(network.month) as NetworkMetrics) });
    }
    return figures;
  }

  /**
   * The network a caller asks for: a place of their system, or the whole system (null). A place lead without the
   * system view sees their own place's, which is also what they get when they name none.
   */
  private async scope(caller: Caller, placeId: string | null | undefined): Promise<string | null> {
    const chosen = placeId || null;
    if (!seesSystemNetwork(caller)) {
      if (chosen !== null && chosen !== caller.placeId) throw forbidden("A place lead can see their own place's network only, unless granted the system view");
      return caller.placeId;
    }
    if (chosen !== null && !(isUuid(chosen) && (await this.places.get(caller.systemId, chosen)))) {
      const errors = new FieldErrors();
      errors.add('placeId', 'The place is not one of your system');
      errors.throwIfAny();
    }
    return chosen;
  }

  /** The networks of the given months (yyyy-mm, oldest first), each with the digest of its inputs. */
  private async months(systemId: string, placeId: string | null, partners: readonly NetworkPartner[], months: readonly string[]): Promise<DigestedMonth[]> {
    const ids = partners.map((partner) => partner.id);
    const rated = new Map((await this.results.networkRatings(systemId, ids, months[0], months[months.length - 1])).map((entry) => [entry.month, entry]));
    return months.map((month) => {
      const entry = rated.get(month);
      return { network: networkMonth(month, partners, entry?.ratings ?? [], placeId), digest: metricsDigest(entry?.digest ?? 'none', partners, placeId) };
    });
  }

  /** Each month's figures: kept ones when computed from the same inputs, the others computed now and kept. */
  private async metrics(systemId: string, placeId: string | null, months: readonly DigestedMonth[]): Promise<Map<string, NetworkMetrics>> {
    const kept = await keptMetrics(this.db, systemId, placeId, months.map((m) => m.network.month));
    const figures = new Map<string, NetworkMetrics>();
    const computed: { month: string; digest: string; respondentOrganisations: number; metrics: NetworkMetrics }[] = [];
    for (const { network, digest } of months) {
      const row = kept.get(network.month);
      if (row && row.digest === digest) {
        figures.set(network.month, row.figures);
        continue;
      }
      const metrics = monthMetrics(network);
      figures.set(network.month, metrics);
      computed.push({ month: network.month, digest, respondentOrganisations: network.respondentOrganisations, metrics });
    }
    await keepMetrics(this.db, systemId, placeId, computed);
    return figures;
  }

  /**
   * The month's map positions: kept ones, or, the first time the month is shown, a layout (libs/network
   * stableLayout) started from the nearest kept month's, the previous one when it is kept, so replaying the months
   * moves partners only as far as their ties changed. Partners new to a kept month are placed without moving the others.
   */
  private async layout(systemId: string, placeId: string | null, network: NetworkMonth, metrics: NetworkMetrics): Promise<Map<string, Position>> {
    const kept = await keptLayout(this.db, systemId, placeId, network.month);
    if (kept && network.nodes.every((node) => kept.has(node.id))) return kept;
    const start = kept ?? (await nearestLayout(this.db, systemId, placeId, network.month));
    const communities = new Map(metrics.nodes.map((node) => [node.id, node.community]));
    const positions = stableLayout(
      network.nodes.map((node) => ({ id: node.id, community: communities.get(node.id) as number })),
      undirectedTies(network.ties.map((tie) => ({ source: tie.source, target: tie.target, weight: tie.strength }))).map((tie) => ({ a: tie.a, b: tie.b, weight: tie.strength })),
      start,
    );
    return keepLayout(this.db, systemId, placeId, network.month, positions);
  }
}
