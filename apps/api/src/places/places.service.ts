import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseCode, onsCodeProblem, nameProblem } from '@stewardship/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { auditDiff } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { setArchived } from '../common/archiving';
import { FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import type { PlaceInput } from './dto/place.input';
import { PlaceEntity } from './place.entity';

const AUDITED_FIELDS = ['name', 'localAuthority', 'onsCode', 'externalId'] as const;
const UNIQUE_FIELDS = {
  places_system_name_key: { field: 'name', message: 'A place with this name already exists' },
  places_system_ons_key: { field: 'onsCode', message: 'This ONS code already belongs to another place' },
  places_system_external_key: { field: 'externalId', message: 'This external ID already belongs to another place' },
};

@Injectable()
export class PlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(systemId: string, includeArchived = false): Promise<PlaceEntity[]> {
    return this.dataSource.getRepository(PlaceEntity).find({ where: { systemId, ...(includeArchived ? {} : { archivedAt: IsNull() }) }, order: { name: 'ASC' } });
  }

  async get(systemId: string, id: string): Promise<PlaceEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(PlaceEntity).findOneBy({ id, systemId }) : null;
  }

  /** The ids among `ids` that are places of this system. */
  async existingIds(systemId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource.getRepository(PlaceEntity).find({ select: { id: true }, where: { systemId, id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }

  create(caller: Caller, input: PlaceInput): Promise<PlaceEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const values = await this.validate(tx, caller.systemId, input, null);
      const saved = await tx.getRepository(PlaceEntity).save(tx.getRepository(PlaceEntity).create({ ...values, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'PLACE', entityId: saved.id, action: 'CREATE', changes: auditDiff(null, values, AUDITED_FIELDS) }]);
      return saved;
    });
  }

  update(caller: Caller, id: string, input: PlaceInput): Promise<PlaceEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const existing = isUuid(id) ? await tx.getRepository(PlaceEntity).findOne({ where: { id, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('There is no place with that id in your system');
      const values = await this.validate(tx, caller.systemId, input, id);
      const changes = auditDiff(existing, values, AUDITED_FIELDS);
      const saved = await tx.getRepository(PlaceEntity).save(Object.assign(existing, values));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'PLACE', entityId: id, action: 'UPDATE', changes }]);
      return saved;
    });
  }

  setArchived(caller: Caller, id: string, archived: boolean): Promise<PlaceEntity> {
    return this.dataSource.transaction((tx) => setArchived(tx, this.audit, caller, PlaceEntity, 'PLACE', id, archived));
  }

  private async validate(tx: EntityManager, systemId: string, input: PlaceInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'place'));
    const onsCode = input.onsCode?.trim() ? normaliseCode(input.onsCode) : null;
    if (onsCode) errors.add('onsCode', onsCodeProblem(onsCode));
    const values = { name, localAuthority: input.localAuthority?.trim() || null, onsCode, externalId: input.externalId?.trim() || null };
    const others = tx.getRepository(PlaceEntity).createQueryBuilder('p').where('p.system_id = :systemId', { systemId });
    if (selfId) others.andWhere('p.id <> :selfId', { selfId });
    if (!errors.has('name') && (await others.clone().andWhere('lower(p.name) = lower(:name)', { name }).getExists())) {
      errors.add('name', `A place called "${name}" already exists`);
    }
    if (onsCode && !errors.has('onsCode') && (await others.clone().andWhere('p.ons_code = :onsCode', { onsCode }).getExists())) {
      errors.add('onsCode', `ONS code ${onsCode} already belongs to another place`);
    }
    if (values.externalId && (await others.clone().andWhere('p.external_id = :e', { e: values.externalId }).getExists())) {
      errors.add('externalId', `External ID ${values.externalId} already belongs to another place`);
    }
    errors.throwIfAny();
    return values;
  }
}
