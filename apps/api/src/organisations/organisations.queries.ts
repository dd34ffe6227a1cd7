// Data access: set-based SQL that reads a system's whole list of partners at once, for the register import (what rows
// match) and the CSV export. Single partners are read through the repository in organisations.service.ts.
import type { ImportContext } from '@stewardship/register-import';
import type { EntityManager } from 'typeorm';

export type OrganisationRegisterRow = ImportContext['organisations'][number];

/** Every partner of the system with the places it works in, archived ones marked, by name. */
export function organisationRegisterRows(db: EntityManager, systemId: string): Promise<OrganisationRegisterRow[]> {
  return db.query(
    `select o.id, o.name, o.ods_code as "odsCode", o.kind, o.sector, o.weight, o.external_id as "externalId", o.archived_at is not null as archived,
            coalesce(array_agg(op.place_id) filter (where op.place_id is not null), '{}') as "placeIds"
       from organisations o left join organisation_places op on op.organisation_id = o.id
      where o.system_id = $1
      group by o.id order by lower(o.name), o.id`,
    [systemId],
  );
}
