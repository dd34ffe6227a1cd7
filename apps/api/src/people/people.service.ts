import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailProblem, externalIdProblem, nameProblem } from '@stewardship/domain';
import { DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { RegisterRowKind, RegisterRowsService } from '../audit/audited-rows';
import { AuditService } from '../audit/audit.service';
import { FieldErrors } from '../common/errors';
import { isUuid } from '../common/ids';
import { likeLiteral } from '../common/like';
import { pageByName } from '../common/pagination';
import { checkUnique } from '../common/system-rows';
import { OrganisationsService } from '../organisations/organisations.service';
import type { PeopleFilter, PersonInput } from './dto/person.input';
import type { PersonConnection } from './models/person-connection.model';
import { PersonEntity } from './person.entity';

const UNIQUE_FIELDS = {
  people_system_email_key: { field: 'email', message: 'Someone with this email is already in the register' },
  people_system_external_key: { field: 'externalId', message: 'This external ID already belongs to someone else' },
};
const PERSON: RegisterRowKind<PersonEntity> = { target: PersonEntity, entityType: 'PERSON', noun: 'person', fields: ['name', 'email', 'organisationId', 'roleGroup', 'externalId'], uniqueIndexes: UNIQUE_FIELDS };

@Injectable()
export class PeopleService extends RegisterRowsService<PersonEntity, PersonInput> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {
    super(dataSource, audit, PERSON);
  }

  /** A page of the people the filter matches, by name; it keeps the filter for `matchingIds`. */
  async list(systemId: string, filter: PeopleFilter | null, first: number, after?: string | null): Promise<PersonConnection> {
    const page = await pageByName(await this.filtered(systemId, filter), first, after);
    return { ...page, filter };
  }

  /** Every person the filter matches, by name, as ids: what "select all that match" selects. */
  async matchingIds(systemId: string, filter: PeopleFilter | null): Promise<string[]> {
    const rows: { id: string }[] = await (await this.filtered(systemId, filter)).select('p.id', 'id').orderBy('lower(p.name)').addOrderBy('p.id').getRawMany();
    return rows.map((row) => row.id);
  }

  private async filtered(systemId: string, filter: PeopleFilter | null | undefined): Promise<SelectQueryBuilder<PersonEntity>> {
    const errors = new FieldErrors();
    if (filter?.placeId && !isUuid(filter.placeId)) errors.add('placeId', 'Choose a place of your system');
    errors.throwIfAny();
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('p').where('p.system_id = :systemId', { systemId });
    const search = filter?.search?.trim();
    if (search) query.andWhere('(p.name ilike :anywhere or p.email ilike :anywhere)', { anywhere: `%${likeLiteral(search)}%` });
    if (filter?.organisationId) query.andWhere(isUuid(filter.organisationId) ? 'p.organisation_id = :o' : 'false', { o: filter.organisationId });
    if (filter?.placeId) query.andWhere('p.organisation_id = any(:placeOrganisations)', { placeOrganisations: await this.organisations.idsInPlace(systemId, filter.placeId) });
    if (filter?.sector) query.andWhere('p.organisation_id = any(:sectorOrganisations)', { sectorOrganisations: await this.organisations.idsInSector(systemId, filter.sector) });
    if (filter?.roleGroup) query.andWhere('p.role_group = :roleGroup', { roleGroup: filter.roleGroup });
    if (!filter?.includeArchived) query.andWhere('p.archived_at is null');
    return query;
  }

  /** The current (not archived) people of the system among `ids`; `db` lets another area read them in its transaction. */
  currentAmong(systemId: string, ids: string[], db: EntityManager = this.dataSource.manager): Promise<PersonEntity[]> {
    if (!ids.length || !ids.every(isUuid)) return Promise.resolve([]);
    return db.getRepository(PersonEntity).find({ where: { id: In(ids), systemId, archivedAt: IsNull() } });
  }

  protected async validate(tx: EntityManager, systemId: string, input: PersonInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'person', 'Name'));
    const email = input.email.trim().toLowerCase();
    errors.add('email', emailProblem(email));
    const organisation = await this.organisations.get(systemId, input.organisationId, tx);
    if (!organisation) errors.add('organisationId', 'Choose the partner organisation this person represents');
    const externalId = input.externalId?.trim() || null;
    if (externalId) errors.add('externalId', externalIdProblem(externalId));
    await checkUnique(tx, PersonEntity, systemId, selfId, [
      { field: 'email', column: 'email', value: email, message: () => `Someone with the email ${email} is already in the register` },
      { field: 'externalId', column: 'external_id', value: externalId, message: () => `External ID ${externalId} already belongs to someone else` },
    ], errors);
    errors.throwIfAny();
    return { name, email, organisationId: input.organisationId, roleGroup: input.roleGroup, externalId };
  }
}
