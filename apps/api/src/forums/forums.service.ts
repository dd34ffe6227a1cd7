import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nameProblem } from '@stewardship/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { auditDiff } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { setArchived } from '../common/archiving';
import { dayBefore, isIsoDate } from '../common/dates';
import { FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlaceEntity } from '../places/place.entity';
import type { ForumInput } from './dto/forum.input';
import type { SeatChangeInput, SeatInput } from './dto/seat.input';
import { ForumEntity } from './forum.entity';
import { SeatEntity } from './seat.entity';

const FORUM_FIELDS = ['name', 'kind', 'placeId', 'externalId'] as const;
const SEAT_FIELDS = ['forumId', 'organisationId', 'voting', 'chair', 'from', 'to'] as const;
const UNIQUE_FIELDS = {
  forums_system_name_key: { field: 'name', message: 'A forum with this name already exists' },
  forums_system_external_key: { field: 'externalId', message: 'This external ID already belongs to another forum' },
  seats_forum_organisation_from_key: { field: 'from', message: 'This organisation already has a seat on this forum starting that day' },
};

@Injectable()
export class ForumsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(systemId: string, includeArchived: boolean): Promise<ForumEntity[]> {
    return this.dataSource.getRepository(ForumEntity).find({ where: { systemId, ...(includeArchived ? {} : { archivedAt: IsNull() }) }, order: { name: 'ASC' } });
  }

  async get(systemId: string, id: string): Promise<ForumEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(ForumEntity).findOneBy({ id, systemId }) : null;
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

  create(caller: Caller, input: ForumInput): Promise<ForumEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const values = await this.validateForum(tx, caller.systemId, input, null);
      const saved = await tx.getRepository(ForumEntity).save(tx.getRepository(ForumEntity).create({ ...values, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'FORUM', entityId: saved.id, action: 'CREATE', changes: auditDiff(null, values, FORUM_FIELDS) }]);
      return saved;
    });
  }

  update(caller: Caller, id: string, input: ForumInput): Promise<ForumEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const existing = isUuid(id) ? await tx.getRepository(ForumEntity).findOne({ where: { id, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('There is no forum with that id in your system');
      const values = await this.validateForum(tx, caller.systemId, input, id);
      const changes = auditDiff(existing, values, FORUM_FIELDS);
      const saved = await tx.getRepository(ForumEntity).save(Object.assign(existing, values));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'FORUM', entityId: id, action: 'UPDATE', changes }]);
      return saved;
    });
  }

  setArchived(caller: Caller, id: string, archived: boolean): Promise<ForumEntity> {
    return this.dataSource.transaction((tx) => setArchived(tx, this.audit, caller, ForumEntity, 'FORUM', id, archived));
  }

  addSeat(caller: Caller, input: SeatInput): Promise<SeatEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const errors = new FieldErrors();
      const forum = isUuid(input.forumId) ? await tx.getRepository(ForumEntity).findOneBy({ id: input.forumId, systemId: caller.systemId }) : null;
      if (!forum) errors.add('forumId', 'There is no forum with that id in your system');
      const organisation = isUuid(input.organisationId) ? await tx.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId, systemId: caller.systemId, archivedAt: IsNull() }) : null;
      if (!organisation) errors.add('organisationId', 'Choose a current partner organisation of your system');
      checkSeatDates(errors, input.from, input.to ?? null);
      errors.throwIfAny();
      const values = { forumId: input.forumId, organisationId: input.organisationId, voting: input.voting, chair: input.chair, from: input.from, to: input.to ?? null };
      const saved = await tx.getRepository(SeatEntity).save(tx.getRepository(SeatEntity).create({ ...values, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'SEAT', entityId: saved.id, action: 'CREATE', changes: auditDiff(null, values, SEAT_FIELDS) }]);
      return saved;
    });
  }

  /** A seat's vote or chair changes from a date: the old seat ends the day before and a new one starts, keeping history. */
  changeSeat(caller: Caller, id: string, input: SeatChangeInput): Promise<SeatEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const current = await this.lockSeat(tx, caller, id);
      const errors = new FieldErrors();
      if (!isIsoDate(input.from)) errors.add('from', 'Enter the date the change takes effect as yyyy-mm-dd');
      else if (input.from <= current.from) errors.add('from', `The change must take effect after the seat began (${current.from})`);
      else if (current.to && input.from > current.to) errors.add('from', `The seat ended on ${current.to}; add a new seat instead`);
      errors.throwIfAny();
      const endedOn = dayBefore(input.from);
      await tx.getRepository(SeatEntity).update({ id }, { to: endedOn });
      const next = { forumId: current.forumId, organisationId: current.organisationId, voting: input.voting, chair: input.chair, from: input.from, to: current.to };
      const saved = await tx.getRepository(SeatEntity).save(tx.getRepository(SeatEntity).create({ ...next, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [
        { entityType: 'SEAT', entityId: id, action: 'UPDATE', changes: { to: { from: current.to, to: endedOn } } },
        { entityType: 'SEAT', entityId: saved.id, action: 'CREATE', changes: auditDiff(null, next, SEAT_FIELDS) },
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
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'SEAT', entityId: id, action: 'UPDATE', changes: auditDiff(seat, { to }, ['to']) }]);
      return Object.assign(seat, { to });
    });
  }

  private async lockSeat(tx: EntityManager, caller: Caller, id: string): Promise<SeatEntity> {
    const seat = isUuid(id) ? await tx.getRepository(SeatEntity).findOne({ where: { id, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!seat) throw notFound('There is no seat with that id in your system');
    return seat;
  }

  private async validateForum(tx: EntityManager, systemId: string, input: ForumInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'forum'));
    const placeId = input.placeId || null;
    if (placeId && !(isUuid(placeId) && (await tx.getRepository(PlaceEntity).existsBy({ id: placeId, systemId })))) {
      errors.add('placeId', 'Choose a place of your system');
    }
    const values = { name, kind: input.kind, placeId, externalId: input.externalId?.trim() || null };
    const others = tx.getRepository(ForumEntity).createQueryBuilder('f').where('f.system_id = :systemId', { systemId });
    if (selfId) others.andWhere('f.id <> :selfId', { selfId });
    if (!errors.has('name') && (await others.clone().andWhere('lower(f.name) = lower(:name)', { name }).getExists())) {
      errors.add('name', `A forum called "${name}" already exists`);
    }
    if (values.externalId && (await others.clone().andWhere('f.external_id = :e', { e: values.externalId }).getExists())) {
      errors.add('externalId', `External ID ${values.externalId} already belongs to another forum`);
    }
    errors.throwIfAny();
    return values;
  }
}

function checkSeatDates(errors: FieldErrors, from: string, to: string | null, toField = 'to'): void {
  if (!isIsoDate(from)) errors.add('from', 'Enter the first day of the seat as yyyy-mm-dd');
  if (to !== null && !isIsoDate(to)) errors.add(toField, 'Enter the last day of the seat as yyyy-mm-dd');
  else if (to !== null && isIsoDate(from) && to < from) errors.add(toField, `The last day (${to}) is before the first day (${from})`);
}
