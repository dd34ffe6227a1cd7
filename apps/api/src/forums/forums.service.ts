import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PowerSeat } from '@stewardship/power';
import { externalIdProblem, isIsoDate, isoDateProblem, nameProblem } from '@stewardship/domain';
import { DataSource, EntityManager } from 'typeorm';
import { auditDiff } from '../audit/audit-diff';
import { AuditedRowKind, createAudited, RegisterRowKind, RegisterRowsService } from '../audit/audited-rows';
import { AuditService } from '../audit/audit.service';
import { dayBefore } from '../common/dates';
import { FieldErrors } from '../common/errors';
import type { Caller } from '../common/request-context';
import { checkUnique, findInSystem, lockInSystemOr404 } from '../common/system-rows';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlacesService } from '../places/places.service';
import type { ForumInput } from './dto/forum.input';
import type { SeatChangeInput, SeatInput } from './dto/seat.input';
import { ForumEntity } from './forum.entity';
import { powerSeats } from './forums.queries';
import { SeatEntity } from './seat.entity';

const SEAT: AuditedRowKind<SeatEntity> = { target: SeatEntity, entityType: 'SEAT', noun: 'seat', fields: ['forumId', 'organisationId', 'voting', 'chair', 'from', 'to'] };
const UNIQUE_FIELDS = {
  forums_system_name_key: { field: 'name', message: 'A forum with this name already exists' },
  forums_system_external_key: { field: 'externalId', message: 'This external ID already belongs to another forum' },
  seats_forum_organisation_from_key: { field: 'from', message: 'This organisation already has a seat on this forum starting that day' },
};
const FORUM: RegisterRowKind<ForumEntity> = { target: ForumEntity, entityType: 'FORUM', noun: 'forum', fields: ['name', 'kind', 'placeId', 'externalId'], uniqueIndexes: UNIQUE_FIELDS };

@Injectable()
export class ForumsService extends RegisterRowsService<ForumEntity, ForumInput> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    private readonly places: PlacesService,
    private readonly organisations: OrganisationsService,
  ) {
    super(dataSource, audit, FORUM);
  }

  /** The ids of the forums (archived too) that serve a place, so another area can filter by place. */
  async idsInPlace(systemId: string, placeId: string): Promise<string[]> {
    const forums = await this.dataSource.getRepository(ForumEntity).find({ select: { id: true }, where: { systemId, placeId } });
    return forums.map((forum) => forum.id);
  }

  /** Seats held at any time from `from` to `to` (yyyy-mm-dd), of the given forums (all when null), for the power figures. */
  powerSeats(systemId: string, forumIds: readonly string[] | null, from: string, to: string): Promise<PowerSeat[]> {
    return powerSeats(this.dataSource.manager, systemId, forumIds, from, to);
  }

  /** Seats of a forum, current ones first; ended seats only when `includeEnded`. */
  seats(forum: ForumEntity, includeEnded: boolean): Promise<SeatEntity[]> {
    const query = this.dataSource.getRepository(SeatEntity).createQueryBuilder('s').where('s.forum_id = :forumId and s.system_id = :systemId', { forumId: forum.id, systemId: forum.systemId });
    if (!includeEnded) query.andWhere('(s.to_date is null or s.to_date >= current_date)');
    return query.orderBy('s.to_date', 'DESC', 'NULLS FIRST').addOrderBy('s.from_date', 'DESC').getMany();
  }

  /** An organisation's current seats, on forums that are not archived. */
  seatsOf(organisation: OrganisationEntity): Promise<SeatEntity[]> {
    return this.dataSource
      .getRepository(SeatEntity)
      .createQueryBuilder('s')
      .innerJoin(ForumEntity, 'f', 'f.id = s.forum_id and f.archived_at is null')
      .where('s.organisation_id = :id and s.system_id = :systemId', { id: organisation.id, systemId: organisation.systemId })
      .andWhere('(s.to_date is null or s.to_date >= current_date)')
      .orderBy('f.name')
      .getMany();
  }

  addSeat(caller: Caller, input: SeatInput): Promise<SeatEntity> {
    return this.write(async (tx) => {
      const errors = new FieldErrors();
      if (!(await findInSystem(tx, ForumEntity, caller.systemId, input.forumId))) errors.add('forumId', 'There is no forum with that id in your system');
      const organisation = await this.organisations.get(caller.systemId, input.organisationId, tx);
      if (!organisation || organisation.archivedAt) errors.add('organisationId', 'Choose a current partner organisation of your system');
      checkSeatDates(errors, input.from, input.to ?? null);
      errors.throwIfAny();
      const values = { forumId: input.forumId, organisationId: input.organisationId, voting: input.voting, chair: input.chair, from: input.from, to: input.to ?? null };
      return createAudited(tx, this.audit, caller, SEAT, values);
    });
  }

  /** A seat's vote or chair changes from a date: the old seat ends the day before and a new one starts, keeping history. */
  changeSeat(caller: Caller, id: string, input: SeatChangeInput): Promise<SeatEntity> {
    return this.write(async (tx) => {
      const current = await this.lockSeat(tx, caller, id);
      const errors = new FieldErrors();
      const fromProblem = isoDateProblem(input.from, 'the day the change takes effect');
      if (fromProblem) errors.add('from', fromProblem);
      else if (input.from <= current.from) errors.add('from', `The change must take effect after the seat began (${current.from})`);
      else if (current.to && input.from > current.to) errors.add('from', `The seat ended on ${current.to}; add a new seat instead`);
      errors.throwIfAny();
      const endedOn = dayBefore(input.from);
      await tx.getRepository(SeatEntity).update({ id }, { to: endedOn });
      const next = { forumId: current.forumId, organisationId: current.organisationId, voting: input.voting, chair: input.chair, from: input.from, to: current.to };
      const saved = await tx.getRepository(SeatEntity).save(tx.getRepository(SeatEntity).create({ ...next, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [
        { entityType: 'SEAT', entityId: id, action: 'UPDATE', changes: { to: { from: current.to, to: endedOn } } },
        { entityType: 'SEAT', entityId: saved.id, action: 'CREATE', changes: auditDiff<SeatEntity>(null, next, SEAT.fields) },
      ]);
      return saved;
    });
  }

  endSeat(caller: Caller, id: string, to: string): Promise<SeatEntity> {
    return this.dataSource.transaction(async (tx) => {
      const seat = await this.lockSeat(tx, caller, id);
      const errors = new FieldErrors();
      checkSeatDates(errors, seat.from, to, 'to');
      errors.throwIfAny();
      await tx.getRepository(SeatEntity).update({ id }, { to });
      await this.audit.recordChange(tx, caller, 'SEAT', seat.id, seat, { to }, ['to']);
      return Object.assign(seat, { to });
    });
  }

  private lockSeat(tx: EntityManager, caller: Caller, id: string): Promise<SeatEntity> {
    return lockInSystemOr404(tx, SeatEntity, caller.systemId, id, 'seat');
  }

  protected async validate(tx: EntityManager, systemId: string, input: ForumInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'forum'));
    const placeId = input.placeId || null;
    if (placeId && !(await this.places.get(systemId, placeId, tx))) errors.add('placeId', 'Choose a place of your system');
    const externalId = input.externalId?.trim() || null;
    if (externalId) errors.add('externalId', externalIdProblem(externalId));
    await checkUnique(tx, ForumEntity, systemId, selfId, [
      { field: 'name', column: 'name', value: name, ignoreCase: true, message: () => `A forum called "${name}" already exists` },
      { field: 'externalId', column: 'external_id', value: externalId, message: () => `External ID ${externalId} already belongs to another forum` },
    ], errors);
    errors.throwIfAny();
    return { name, kind: input.kind, placeId, externalId };
  }
}

function checkSeatDates(errors: FieldErrors, from: string, to: string | null, toField = 'to'): void {
  errors.add('from', isoDateProblem(from, 'the first day of the seat'));
  if (to !== null) errors.add(toField, isoDateProblem(to, 'the last day of the seat'));
  if (to !== null && isIsoDate(to) && isIsoDate(from) && to < from) errors.add(toField, `The last day (${to}) is before the first day (${from})`);
}
