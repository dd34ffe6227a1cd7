import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { badUserInput, FieldError, FieldErrors, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { checkPageSize, decodeCursor, encodeCursor, toConnection } from '../common/pagination';
import { PlacesService } from '../places/places.service';
import type { OrganisationFilter } from './dto/organisation-filter.input';
import type { OrganisationInput } from './dto/organisation.input';
import type { OrganisationConnection } from './models/organisation-connection.model';
import { NormalisedOrganisationInput, normaliseOrganisationInput } from './organisation-input.validation';
import { OrganisationPlaceEntity } from './organisation-place.entity';
import { OrganisationEntity } from './organisation.entity';

const UNIQUE_FIELDS: Record<string, FieldError> = {
  organisations_system_name_key: { field: 'name', message: 'A partner with this name already exists' },
  organisations_system_ods_key: { field: 'odsCode', message: 'This ODS code already belongs to another partner' },
};

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlacesService,
  ) {}

  /** A page of the register ordered by name (case-insensitively), then id, resuming after the `after` cursor. */
  async list(systemId: string, filter: OrganisationFilter | null | undefined, first: number, after?: string | null): Promise<OrganisationConnection> {
    checkPageSize(first);
    const filtered = this.filtered(systemId, filter ?? {});
    if (!filtered) return toConnection([], first, 0, String, (r: OrganisationEntity) => r);
    const totalCount = await filtered.clone().getCount();
    const page = filtered.clone().orderBy('lower(o.name)', 'ASC').addOrderBy('o.id', 'ASC').take(first + 1);
    if (after) {
      const [afterName, afterId] = decodeCursor(after, 2);
      page.andWhere('(lower(o.name), o.id) > (:afterName, :afterId)', { afterName, afterId });
    }
    const rows = await page.getMany();
    return toConnection(rows, first, totalCount, (o) => encodeCursor([o.name.toLowerCase(), o.id]), (o) => o);
  }

  /** Null for a filter that can match nothing in this system (an id that is not a UUID). */
  private filtered(systemId: string, filter: OrganisationFilter): SelectQueryBuilder<OrganisationEntity> | null {
    const query = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.system_id = :systemId', { systemId });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(`(o.name ilike :anywhere or o.ods_code like :start)`, {
        anywhere: `%${likeLiteral(search)}%`,
        start: `${likeLiteral(search.toUpperCase())}%`,
      });
    }
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.sector) query.andWhere('o.sector = :sector', { sector: filter.sector });
    if (filter.placeId) {
      if (!isUuid(filter.placeId)) return null;
      query.andWhere('exists (select 1 from organisation_places op where op.organisation_id = o.id and op.place_id = :placeId)', { placeId: filter.placeId });
    }
    return query;
  }

  async get(systemId: string, id: string): Promise<OrganisationEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id, systemId });
  }

  async create(systemId: string, input: OrganisationInput): Promise<OrganisationEntity> {
    return this.write(async (tx) => {
      const values = await this.validate(tx, systemId, input, null);
      const { placeIds, ...columns } = values;
      const saved = await tx.getRepository(OrganisationEntity).save(tx.getRepository(OrganisationEntity).create({ ...columns, systemId }));
      await this.setPlaces(tx, systemId, saved.id, placeIds);
      return saved;
    });
  }

  async update(systemId: string, id: string, input: OrganisationInput): Promise<OrganisationEntity> {
    return this.write(async (tx) => {
      const existing = isUuid(id) ? await tx.getRepository(OrganisationEntity).findOne({ where: { id, systemId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('There is no partner with that id in your system');
      const { placeIds, ...columns } = await this.validate(tx, systemId, input, id);
      const saved = await tx.getRepository(OrganisationEntity).save(Object.assign(existing, columns));
      await this.setPlaces(tx, systemId, id, placeIds);
      return saved;
    });
  }

  /**
   * A transaction whose unique-index violations become field errors: two admins saving the same name at once both
   * pass validation, and the index, not the check, decides which one wins.
   */
  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
      if (constraint?.code === '23505') {
        const field = UNIQUE_FIELDS[constraint.constraint ?? ''];
        if (field) throw badUserInput([field]);
      }
      throw error;
    }
  }

  /** Every problem with the input at once, including those only the database can tell (duplicates, unknown places). */
  private async validate(tx: EntityManager, systemId: string, input: OrganisationInput, selfId: string | null): Promise<NormalisedOrganisationInput> {
    const errors = new FieldErrors();
    const values = normaliseOrganisationInput(input, errors);
    const others = tx.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.system_id = :systemId', { systemId });
    if (selfId) others.andWhere('o.id <> :selfId', { selfId });
    if (!errors.has('name')) {
      const clash = await others.clone().andWhere('lower(o.name) = lower(:name)', { name: values.name }).getOne();
      if (clash) errors.add('name', `A partner called "${clash.name}" already exists`);
    }
    if (values.odsCode && !errors.has('odsCode')) {
      const clash = await others.clone().andWhere('o.ods_code = :odsCode', { odsCode: values.odsCode }).getOne();
      if (clash) errors.add('odsCode', `ODS code ${values.odsCode} already belongs to ${clash.name}`);
    }
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
