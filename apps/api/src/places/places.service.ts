import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { externalIdProblem, localAuthorityProblem, nameProblem, normaliseCode, onsCodeProblem } from '@stewardship/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { RegisterRowKind, RegisterRowsService } from '../audit/audited-rows';
import { AuditService } from '../audit/audit.service';
import { FieldErrors } from '../common/errors';
import { checkUnique } from '../common/system-rows';
import type { PlaceInput } from './dto/place.input';
import { PlaceEntity } from './place.entity';

const UNIQUE_FIELDS = {
  places_system_name_key: { field: 'name', message: 'A place with this name already exists' },
  places_system_ons_key: { field: 'onsCode', message: 'This ONS code already belongs to another place' },
  places_system_external_key: { field: 'externalId', message: 'This external ID already belongs to another place' },
};
const PLACE: RegisterRowKind<PlaceEntity> = { target: PlaceEntity, entityType: 'PLACE', noun: 'place', fields: ['name', 'localAuthority', 'onsCode', 'externalId'], uniqueIndexes: UNIQUE_FIELDS };

@Injectable()
export class PlacesService extends RegisterRowsService<PlaceEntity, PlaceInput> {
  constructor(@InjectDataSource() dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, PLACE);
  }

  /** The ids among `ids` that are places of this system. */
  async existingIds(systemId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource.getRepository(PlaceEntity).find({ select: { id: true }, where: { systemId, id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }

  /** The names of these places of the system, by name. */
  async names(systemId: string, ids: string[], db: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await db.getRepository(PlaceEntity).find({ select: { name: true }, where: { systemId, id: In(ids) }, order: { name: 'ASC' } });
    return rows.map((r) => r.name);
  }

  protected async validate(tx: EntityManager, systemId: string, input: PlaceInput, selfId: string | null) {
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', nameProblem(name, 'place'));
    const localAuthority = input.localAuthority?.trim() || null;
    if (localAuthority) errors.add('localAuthority', localAuthorityProblem(localAuthority));
    const onsCode = input.onsCode?.trim() ? normaliseCode(input.onsCode) : null;
    if (onsCode) errors.add('onsCode', onsCodeProblem(onsCode));
    const externalId = input.externalId?.trim() || null;
    if (externalId) errors.add('externalId', externalIdProblem(externalId));
    await checkUnique(tx, PlaceEntity, systemId, selfId, [
      { field: 'name', column: 'name', value: name, ignoreCase: true, message: () => `A place called "${name}" already exists` },
      { field: 'onsCode', column: 'ons_code', value: onsCode, message: () => `ONS code ${onsCode} already belongs to another place` },
      { field: 'externalId', column: 'external_id', value: externalId, message: () => `External ID ${externalId} already belongs to another place` },
    ], errors);
    errors.throwIfAny();
    return { name, localAuthority, onsCode, externalId };
  }
}
