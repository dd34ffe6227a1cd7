import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PowerDecision } from '@stewardship/power';
import { AMENDMENT_REASON_MAX_LENGTH, isoDateProblem, requiredTextProblem, textProblem } from '@stewardship/domain';
import { DataSource, EntityManager } from 'typeorm';
import { FieldErrors, forbidden, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { checkPageSize, decodeCursor, encodeCursor, toConnection } from '../common/pagination';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { ForumsService } from '../forums/forums.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { decisionChanges, type ComparableDecision } from './decision-changes';
import { normaliseDecisionInput, type NormalisedDecision } from './decision-input.validation';
import type { DecisionParticipantEntity } from './decision-participant.entity';
import { DecisionVersionEntity } from './decision-version.entity';
import { DecisionWriter } from './decision-writer';
import { authorNames, coAffectedPairs, currentVersions, participantsOf, powerDecisions, versionsOf, type DecisionQuery } from './decisions.queries';
import type { DecisionFilter } from './dto/decision-filter.input';
import type { DecisionInput } from './dto/decision.input';
import type { DecisionChangeModel, DecisionConnection, DecisionModel } from './models/decision.model';

const SEARCH_MAX_LENGTH = 200;
const NOTHING: DecisionQuery = { forumIds: [] };

/**
 * The decision log: record, amend (a new version; nothing is ever overwritten), find and read decisions.
 * Administrators and leaders record for every forum, place leads for their own place's forums; everyone reads.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** A page of the log as it stands, newest decision first. */
  async list(caller: Caller, filter: DecisionFilter | null | undefined, first: number, after: string | null | undefined): Promise<DecisionConnection> {
    checkPageSize(first);
    const query = await this.query(caller.systemId, filter ?? {});
    const builder = currentVersions(this.dataSource.manager, caller.systemId, query);
    const page = builder.clone().orderBy('v.decided_on', 'DESC').addOrderBy('v.decision_id', 'DESC').take(first + 1);
    if (after) {
      const [date, decisionId] = decodeCursor(after, ['text', 'id']);
      page.andWhere('(v.decided_on, v.decision_id) < (cast(:date as date), cast(:decisionId as uuid))', { date, decisionId });
    }
    const [rows, total] = await Promise.all([page.getMany(), builder.getCount()]);
    const recorded = await this.recordedAt(caller.systemId, rows.map((row) => row.decisionId));
    return toConnection(rows, first, total, (row) => encodeCursor([row.date, row.decisionId]), (row) => toModel(row, recorded));
  }

  async get(systemId: string, id: string): Promise<DecisionModel | null> {
    if (!isUuid(id)) return null;
    const versions = await versionsOf(this.dataSource.manager, systemId, [id]);
    return versions.length ? toModel(versions[versions.length - 1], new Map([[id, versions[0].createdAt]])) : null;
  }

  /** Every version of a decision, the original first. */
  versions(systemId: string, decisionId: string): Promise<DecisionVersionEntity[]> {
    return versionsOf(this.dataSource.manager, systemId, [decisionId]);
  }

  /** Decisions that, as they stand, reopen this one. */
  async reopenedBy(systemId: string, decisionId: string): Promise<DecisionModel[]> {
    const rows = await currentVersions(this.dataSource.manager, systemId, {}).andWhere('v.reopens_id = :decisionId', { decisionId }).orderBy('v.decided_on').getMany();
    const recorded = await this.recordedAt(systemId, rows.map((row) => row.decisionId));
    return rows.map((row) => toModel(row, recorded));
  }

  /**
   * The log in the shape libs/power reads: each decision as it stands, dated from `from` to `to` (yyyy-mm-dd, both
   * inclusive), of the given forums (every forum when null), with its participants.
   */
  powerDecisions(systemId: string, forumIds: readonly string[] | null, from: string, to: string): Promise<PowerDecision[]> {
    return powerDecisions(this.dataSource.manager, systemId, forumIds, from, to);
  }

  /**
   * Pairs of the given partners affected by at least `minimum` of the same decisions (as they stand) dated from
   * `from` to `to` (yyyy-mm-dd, inclusive), with how many: where the partner network looks for missing links.
   */
  coAffectedPairs(systemId: string, organisationIds: readonly string[], from: string, to: string, minimum: number): Promise<{ a: string; b: string; decisions: number }[]> {
    return coAffectedPairs(this.dataSource.manager, systemId, organisationIds, from, to, minimum);
  }

  participants(versionIds: readonly string[]): Promise<DecisionParticipantEntity[]> {
    return participantsOf(this.dataSource.manager, versionIds);
  }

  async authorName(userId: string): Promise<string | null> {
    return (await authorNames(this.dataSource.manager, [userId])).get(userId) ?? null;
  }

  /** What this version changed from the one before it; nothing for the original. */
  async changes(systemId: string, version: DecisionVersionEntity): Promise<DecisionChangeModel[]> {
    if (version.version === 1) return [];
    const versions = await versionsOf(this.dataSource.manager, systemId, [version.decisionId]);
    const previous = versions.find((v) => v.version === version.version - 1);
    if (!previous) return [];
    const [before, after] = await this.comparable(systemId, [previous, version]);
    return decisionChanges(before, after);
  }

  async record(caller: Caller, input: DecisionInput): Promise<DecisionModel> {
    return this.dataSource.transaction(async (tx) => {
      const errors = new FieldErrors();
      const decision = normaliseDecisionInput(input, errors);
      await this.checkReferences(tx, caller, decision, null, errors);
      errors.throwIfAny();
      const [id] = await new DecisionWriter(tx, caller.systemId).record([decision], caller.userId);
      return this.getIn(tx, caller.systemId, id);
    });
  }

  /**
   * Adds a version to the decision: the whole decision as it should now read, with who, when and why. `basedOnVersion`
   * is the version the author was looking at: if someone amended it since, nothing is written and they are told.
   */
  async amend(caller: Caller, id: string, basedOnVersion: number, reason: string, input: DecisionInput): Promise<DecisionModel> {
    const conflict = { field: 'basedOnVersion', message: 'Someone else amended this decision at the same time. Reload it to see their amendment, then amend again.' };
    return transactionWithUniqueFields(this.dataSource, { decision_versions_decision_id_version_key: conflict }, async (tx) => {
      const versions = isUuid(id) ? await versionsOf(tx, caller.systemId, [id]) : [];
      const current = versions.at(-1);
      if (!current) throw notFound('There is no decision with that id in your system');
      await this.checkPlaceLeadForum(tx, caller, current.forumId);
      const errors = new FieldErrors();
      const trimmedReason = reason.trim();
      errors.add('reason', requiredTextProblem(trimmedReason, 'Reason for the amendment', AMENDMENT_REASON_MAX_LENGTH));
      if (basedOnVersion !== current.version) errors.add('basedOnVersion', `This decision has been amended since you opened it (it is now at version ${current.version}). Reload it, then amend again.`);
      const decision = normaliseDecisionInput(input, errors);
      await this.checkReferences(tx, caller, decision, id, errors);
      errors.throwIfAny();
      const [before, after] = await this.comparable(caller.systemId, [current, decision], tx);
      if (!decisionChanges(before, after).length) errors.add('reason', 'The amendment changes nothing: change at least one field');
      errors.throwIfAny();
      await new DecisionWriter(tx, caller.systemId).addVersions([{ decisionId: id, version: current.version + 1, decision, authorUserId: caller.userId, reason: trimmedReason }]);
      return this.getIn(tx, caller.systemId, id);
    });
  }

  /** Whether the caller may record or amend decisions of this forum (for the web app's buttons). */
  async mayRecordFor(caller: Caller, forumId: string): Promise<boolean> {
    if (caller.role === 'ADMIN' || caller.role === 'LEADER') return true;
    if (caller.role !== 'PLACE_LEAD' || !isUuid(forumId)) return false;
    const forum = await this.forums.get(caller.systemId, forumId);
    return forum !== null && forum.placeId !== null && forum.placeId === caller.placeId;
  }

  private async getIn(tx: EntityManager, systemId: string, id: string): Promise<DecisionModel> {
    const versions = await versionsOf(tx, systemId, [id]);
    return toModel(versions[versions.length - 1], new Map([[id, versions[0].createdAt]]));
  }

  private async checkPlaceLeadForum(db: EntityManager, caller: Caller, forumId: string, errors?: FieldErrors): Promise<void> {
    if (caller.role !== 'PLACE_LEAD') return;
    const forum = await this.forums.get(caller.systemId, forumId, db);
    if (forum && forum.placeId !== null && forum.placeId === caller.placeId) return;
    const message = "A place lead records and amends decisions of their own place's forums only";
    if (errors && forum) errors.add('forumId', message);
    else if (!errors) throw forbidden(message);
  }

  /** The forum, organisations and reopened decision must be the caller's system's; a place lead's forum their place's. */
  private async checkReferences(tx: EntityManager, caller: Caller, decision: NormalisedDecision, selfId: string | null, errors: FieldErrors): Promise<void> {
    if (isUuid(decision.forumId)) {
      if (!(await this.forums.get(caller.systemId, decision.forumId, tx))) errors.add('forumId', 'The forum is not one of your system');
      else await this.checkPlaceLeadForum(tx, caller, decision.forumId, errors);
    }
    const organisationIds = [...new Set([decision.proposerId, ...decision.participants.map((p) => p.organisationId)].filter((id): id is string => id !== null && isUuid(id)))];
    const known = await this.organisations.namesOf(caller.systemId, organisationIds, tx);
    if (decision.proposerId && isUuid(decision.proposerId) && !known.has(decision.proposerId)) errors.add('proposerId', 'The proposing organisation is not one of your system');
    decision.participants.forEach((p, i) => {
      if (isUuid(p.organisationId) && !known.has(p.organisationId)) errors.add(`participants.${i}.organisationId`, 'The organisation is not one of your system');
    });
    if (decision.reopensId && isUuid(decision.reopensId)) {
      const [reopened] = await currentVersions(tx, caller.systemId, {}).andWhere('v.decision_id = :id', { id: decision.reopensId }).getMany();
      if (!reopened) errors.add('reopensId', 'The decision it reopens is not in your log');
      else if (decision.reopensId === selfId) errors.add('reopensId', 'A decision cannot reopen itself');
      else if (!isoDateProblem(decision.date, 'date') && reopened.date > decision.date) errors.add('reopensId', `The decision it reopens was taken later (${reopened.date}); choose an earlier one`);
    }
  }

  /** Versions (or a version about to be written) with their ids turned into the names a reader compares. */
  private async comparable(systemId: string, decisions: readonly (DecisionVersionEntity | NormalisedDecision)[], db = this.dataSource.manager): Promise<ComparableDecision[]> {
    const stored = decisions.filter((d): d is DecisionVersionEntity => d instanceof DecisionVersionEntity);
    const participants = await participantsOf(db, stored.map((v) => v.id));
    const participantsOfDecision = (d: DecisionVersionEntity | NormalisedDecision) => (d instanceof DecisionVersionEntity ? participants.filter((p) => p.versionId === d.id) : d.participants);
    const organisationIds = decisions.flatMap((d) => [d.proposerId, ...participantsOfDecision(d).map((p) => p.organisationId)]).filter((id): id is string => id !== null);
    const names = await this.organisations.namesOf(systemId, [...new Set(organisationIds)], db);
    const forumNames = new Map<string, string>();
    for (const forumId of new Set(decisions.map((d) => d.forumId))) forumNames.set(forumId, (await this.forums.get(systemId, forumId, db))?.name ?? 'Unknown forum');
    const reopenedIds = [...new Set(decisions.map((d) => d.reopensId).filter((id): id is string => id !== null))];
    const reopened = reopenedIds.length ? await currentVersions(db, systemId, {}).andWhere('v.decision_id = any(:reopenedIds)', { reopenedIds }).getMany() : [];
    const reopenedTitles = new Map(reopened.map((v) => [v.decisionId, `${v.title} (${v.date})`]));
    return decisions.map((d) => ({
      forum: forumNames.get(d.forumId) ?? 'Unknown forum',
      date: d.date,
      title: d.title,
      summary: d.summary,
      proposer: d.proposerId ? (names.get(d.proposerId) ?? 'Unknown organisation') : null,
      outsideForum: d.outsideForum,
      conflictSurfaced: d.conflictSurfaced,
      outcome: d.outcome,
      reopens: d.reopensId ? (reopenedTitles.get(d.reopensId) ?? 'Unknown decision') : null,
      practices: d.practices,
      evidence: d.evidence,
      participants: participantsOfDecision(d).map((p) => ({
        organisationId: p.organisationId,
        organisation: names.get(p.organisationId) ?? 'Unknown organisation',
        affected: p.affected,
        present: p.present,
        consulted: p.consulted,
        vote: p.vote,
        dissented: p.dissented,
        deputy: p.deputy,
        delegatedAuthority: p.delegatedAuthority,
      })),
    }));
  }

  /** The checked query a filter asks for; a filter naming nothing of the caller's system selects nothing. */
  private async query(systemId: string, filter: DecisionFilter): Promise<DecisionQuery> {
    const errors = new FieldErrors();
    if (filter.from) errors.add('filter.from', isoDateProblem(filter.from, 'the first day'));
    if (filter.to) errors.add('filter.to', isoDateProblem(filter.to, 'the last day'));
    const search = filter.search?.trim() || undefined;
    if (search) errors.add('filter.search', textProblem(search, 'Search', SEARCH_MAX_LENGTH));
    errors.throwIfAny();
    const ids = [filter.forumId, filter.placeId, filter.organisationId].filter((id): id is string => Boolean(id));
    if (ids.some((id) => !isUuid(id))) return NOTHING;
    let forumIds = filter.forumId ? [filter.forumId] : undefined;
    if (filter.placeId) {
      const inPlace = await this.forums.idsInPlace(systemId, filter.placeId);
      forumIds = forumIds ? forumIds.filter((id) => inPlace.includes(id)) : inPlace;
    }
    return {
      forumIds,
      from: filter.from || undefined,
      to: filter.to || undefined,
      organisationId: filter.organisationId || undefined,
      practice: filter.practice || undefined,
      outcome: filter.outcome || undefined,
      reopens: filter.reopens ?? undefined,
      outsideForum: filter.outsideForum ?? undefined,
      search,
    };
  }

  private async recordedAt(systemId: string, decisionIds: readonly string[]): Promise<Map<string, Date>> {
    if (!decisionIds.length) return new Map();
    const originals = await this.dataSource.manager
      .getRepository(DecisionVersionEntity)
      .createQueryBuilder('v')
      .where('v.system_id = :systemId and v.version = 1 and v.decision_id = any(:decisionIds)', { systemId, decisionIds })
      .getMany();
    return new Map(originals.map((v) => [v.decisionId, v.createdAt]));
  }
}

function toModel(current: DecisionVersionEntity, recordedAt: Map<string, Date>): DecisionModel {
  return { id: current.decisionId, recordedAt: recordedAt.get(current.decisionId) ?? current.createdAt, current };
}
