import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PowerOrganisation } from '@stewardship/power';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Sector } from '@stewardship/domain';
import { RegisterRowKind, RegisterRowsService } from '../audit/audited-rows';
import { AuditService } from '../audit/audit.service';
import { FieldErrors } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { checkUnique, lockInSystemOr404 } from '../common/system-rows';
import { likeLiteral } from '../common/like';
import { pageByName } from '../common/pagination';
import { PlacesService } from '../places/places.service';
import type { OrganisationFilter } from './dto/organisation-filter.input';
import type { OrganisationInput } from './dto/organisation.input';
import type { OrganisationConnection } from './models/organisation-connection.model';
import { NormalisedOrganisationInput, normaliseOrganisationInput } from './organisation-input.validation';
import { OrganisationPlaceEntity } from './organisation-place.entity';
import { OrganisationEntity } from './organisation.entity';
import { networkPartners, powerOrganisations, type NetworkPartner } from './organisations.queries';

/** The audit trail lists a partner's places by name, as people wrote them. */
const AUDITED_FIELDS = ['name', 'odsCode', 'kind', 'sector', 'weight', 'externalId', 'places'] as const;

const ORGANISATION: RegisterRowKind<OrganisationEntity> = {
  target: OrganisationEntity,
  entityType: 'ORGANISATION',
  noun: 'partner',
  fields: ['name', 'odsCode', 'kind', 'sector', 'weight', 'externalId'],
  uniqueIndexes: {
    organisations_system_name_key: { field: 'name', message: 'A partner with this name already exists' },
    organisations_system_ods_key: { field: 'odsCode', message: 'This ODS code already belongs to another partner' },
    organisations_system_external_key: { field: 'externalId', message: 'This external ID already belongs to another partner' },
  },
};

@Injectable()
export class OrganisationsService extends RegisterRowsService<OrganisationEntity, OrganisationInput> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    private readonly places: PlacesService,
  ) {
    super(dataSource, audit, ORGANISATION);
  }

  /** A page of the register, filtered, ordered by name. */
  async list(systemId: string, filter: OrganisationFilter | null | undefined, first: number, after?: string | null): Promise<OrganisationConnection> {
    return pageByName(this.filtered(systemId, filter ?? {}), first, after);
  }

  /** The ids of the organisations (archived too) that serve a place, so another area can filter by place. */
  async idsInPlace(systemId: string, placeId: string): Promise<string[]> {
    const links = await this.dataSource.getRepository(OrganisationPlaceEntity).find({ select: { organisationId: true }, where: { systemId, placeId } });
    return links.map((link) => link.organisationId);
  }

  /** Every partner's id, sector and weight for the power figures; for a place, only its partners' weight counts. */
  powerOrganisations(systemId: string, placeId: string | null): Promise<PowerOrganisation[]> {
    return powerOrganisations(this.dataSource.manager, systemId, placeId);
  }

  /** The partners of a place's network, or of the whole system's when `placeId` is null (archived ones too), by name. */
  networkPartners(systemId: string, placeId: string | null): Promise<NetworkPartner[]> {
    return networkPartners(this.dataSource.manager, systemId, placeId);
  }

  /** The names of those of `ids` that are partners of the system (archived too), by id; other ids are left out. */
  async namesOf(systemId: string, ids: readonly string[], db: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await db.getRepository(OrganisationEntity).find({ select: { id: true, name: true }, where: { systemId, id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The ids of the organisations (archived too) in a sector, so another area can filter by sector. */
  async idsInSector(systemId: string, sector: Sector): Promise<string[]> {
    const organisations = await this.dataSource.getRepository(OrganisationEntity).find({ select: { id: true }, where: { systemId, sector } });
    return organisations.map((organisation) => organisation.id);
  }

  private filtered(systemId: string, filter: OrganisationFilter): SelectQueryBuilder<OrganisationEntity> {
    const query = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.system_id = :systemId', { systemId });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(`(o.name ilike :anywhere or o.ods_code like :start)`, {
        anywhere: `%${likeLiteral(search)}%`,
        start: `${likeLiteral(search.toUpperCase())}%`,
      });
    }
    if (!filter.includeArchived) query.andWhere('o.archived_at is null');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.sector) query.andWhere('o.sector = :sector', { sector: filter.sector });
    if (filter.placeId) {
      if (!isUuid(filter.placeId)) return query.andWhere('false'); // not an id any place can have
      query.andWhere('exists (select 1 from organisation_places op where op.organisation_id = o.id and op.place_id = :placeId)', { placeId: filter.placeId });
    }
    return query;
  }

  /** A partner's places are links, written and audited with it. */
  override async create(caller: Caller, input: OrganisationInput): Promise<OrganisationEntity> {
    const { systemId } = caller;
    return this.write(async (tx) => {
      const { placeIds, ...columns } = await this.validate(tx, systemId, input, null);
      const saved = await tx.getRepository(OrganisationEntity).save(tx.getRepository(OrganisationEntity).create({ ...columns, systemId }));
      await this.setPlaces(tx, systemId, saved.id, placeIds);
      await this.audit.recordChange(tx, caller, 'ORGANISATION', saved.id, null, { ...columns, places: await this.places.names(systemId, placeIds, tx) }, AUDITED_FIELDS);
      return saved;
    });
  }

  override async update(caller: Caller, id: string, input: OrganisationInput): Promise<OrganisationEntity> {
    const { systemId } = caller;
    return this.write(async (tx) => {
      const existing = await lockInSystemOr404(tx, OrganisationEntity, systemId, id, 'partner');
      const { placeIds, ...columns } = await this.validate(tx, systemId, input, id);
      const before = { ...existing, places: await this.places.names(systemId, await this.placeIdsOf(id, tx), tx) };
      const saved = await tx.getRepository(OrganisationEntity).save(Object.assign(existing, columns));
      await this.setPlaces(tx, systemId, id, placeIds);
      await this.audit.recordChange(tx, caller, 'ORGANISATION', id, before, { ...columns, places: await this.places.names(systemId, placeIds, tx) }, AUDITED_FIELDS);
      return saved;
    });
  }

  /** The places a partner works in; `db` lets another area read them inside its own transaction. */
  async placeIdsOf(organisationId: string, db: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await db.getRepository(OrganisationPlaceEntity).find({ where: { organisationId } });
    return rows.map((r) => r.placeId);
  }

  /** Every current partner of the system but `own`, by name: whom a survey respondent may rate. */
  currentPartnersOf(own: OrganisationEntity, db: EntityManager = this.dataSource.manager): Promise<OrganisationEntity[]> {
    return db
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .select(['o.id', 'o.name', 'o.kind', 'o.sector'])
      .where('o.system_id = :systemId and o.archived_at is null and o.id <> :own', { systemId: own.systemId, own: own.id })
      .orderBy('lower(o.name)')
      .getMany();
  }

  /** Every problem with the input at once, including those only the database can tell (duplicates, unknown places). */
  protected async validate(tx: EntityManager, systemId: string, input: OrganisationInput, selfId: string | null): Promise<NormalisedOrganisationInput> {
    const errors = new FieldErrors();
    const values = normaliseOrganisationInput(input, errors);
    await checkUnique(tx, OrganisationEntity, systemId, selfId, [
      { field: 'name', column: 'name', value: values.name, ignoreCase: true, message: (clash) => `A partner called "${clash.name}" already exists` },
      { field: 'odsCode', column: 'ods_code', value: values.odsCode, message: (clash) => `ODS code ${values.odsCode} already belongs to ${clash.name}` },
      { field: 'externalId', column: 'external_id', value: values.externalId, message: (clash) => `External ID ${values.externalId} already belongs to ${clash.name}` },
    ], errors);
    if (!errors.has('placeIds')) {
      const known = await this.places.existingIds(systemId, values.placeIds);
      if (known.size !== values.placeIds.length) errors.add('placeIds', 'One of the places chosen is not a place in this system');
    }
    errors.throwIfAny();
    return values;
  }

  private async setPlaces(tx: EntityManager, systemId: string, organisationId: string, placeIds: string[]): Promise<void> {
    const links = tx.getRepository(OrganisationPlaceEntity);
    await links.delete({ organisationId });
    if (placeIds.length) await links.insert(placeIds.map((placeId) => ({ organisationId, placeId, systemId })));
  }
}
