import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailProblem, nameProblem } from '@stewardship/domain';
import { DataSource, EntityManager } from 'typeorm';
import { auditDiff } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { setArchived } from '../common/archiving';
import { FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { likeLiteral } from '../common/like';
import { pageByName } from '../common/pagination';
import type { Caller } from '../common/request-context';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { PeopleFilter, PersonInput } from './dto/person.input';
import { PersonEntity } from './person.entity';

const AUDITED_FIELDS = ['name', 'email', 'organisationId', 'roleGroup', 'externalId'] as const;
const UNIQUE_FIELDS = {
  people_system_email_key: { field: 'email', message: 'Someone with this email is already in the register' },
  people_system_external_key: { field: 'externalId', message: 'This external ID already belongs to someone else' },
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(systemId: string, filter: PeopleFilter | null | undefined, first: number, after?: string | null) {
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('p').where('p.system_id = :systemId', { systemId });
    const search = filter?.search?.trim();
    if (search) query.andWhere('(p.name ilike :anywhere or p.email ilike :anywhere)', { anywhere: `%${likeLiteral(search)}%` });
    if (filter?.organisationId) query.andWhere(isUuid(filter.organisationId) ? 'p.organisation_id = :o' : 'false', { o: filter.organisationId });
    if (filter?.roleGroup) query.andWhere('p.role_group = :roleGroup', { roleGroup: filter.roleGroup });
    if (!filter?.includeArchived) query.andWhere('p.archived_at is null');
    return pageByName(query, first, after);
  }

  async get(systemId: string, id: string): Promise<PersonEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(PersonEntity).findOneBy({ id, systemId }) : null;
  }

  create(caller: Caller, input: PersonInput): Promise<PersonEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const values = await this.validate(tx, caller.systemId, input, null);
      const saved = await tx.getRepository(PersonEntity).save(tx.getRepository(PersonEntity).create({ ...values, systemId: caller.systemId }));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'PERSON', entityId: saved.id, action: 'CREATE', changes: auditDiff(null, values, AUDITED_FIELDS) }]);
      return saved;
    });
  }

  update(caller: Caller, id: string, input: PersonInput): Promise<PersonEntity> {
    return transactionWithUniqueFields(this.dataSource, UNIQUE_FIELDS, async (tx) => {
      const existing = isUuid(id) ? await tx.getRepository(PersonEntity).findOne({ where: { id, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('There is no person with that id in your system');
      const values = await this.validate(tx, caller.systemId, input, id);
      const changes = auditDiff(existing, values, AUDITED_FIELDS);
      const saved = await tx.getRepository(PersonEntity).save(Object.assign(existing, values));
      await this.audit.record(tx, caller.systemId, caller.userId, [{ entityType: 'PERSON', entityId: id, action: 'UPDATE', changes }]);
      return saved;
    });
  }

  setArchived(caller: Caller, id: string, archived: boolean): Promise<PersonEntity> {
    return this.dataSource.transaction((tx) => setArchived(tx, this.audit, caller, PersonEntity, 'PERSON', id, archived));
  }

  private async validate(tx: EntityManager, systemId: string, input: PersonInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'person', 'Name'));
    const email = input.email.trim().toLowerCase();
    errors.add('email', emailProblem(email));
    const organisation = isUuid(input.organisationId) ? await tx.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId, systemId }) : null;
    if (!organisation) errors.add('organisationId', 'Choose the partner organisation this person represents');
    const values = { name, email, organisationId: input.organisationId, roleGroup: input.roleGroup, externalId: input.externalId?.trim() || null };
    const others = tx.getRepository(PersonEntity).createQueryBuilder('p').where('p.system_id = :systemId', { systemId });
    if (selfId) others.andWhere('p.id <> :selfId', { selfId });
    if (!errors.has('email') && (await others.clone().andWhere('p.email = :email', { email }).getExists())) {
      errors.add('email', `Someone with the email ${email} is already in the register`);
    }
    if (values.externalId && (await others.clone().andWhere('p.external_id = :e', { e: values.externalId }).getExists())) {
      errors.add('externalId', `External ID ${values.externalId} already belongs to someone else`);
    }
    errors.throwIfAny();
    return values;
  }
}
