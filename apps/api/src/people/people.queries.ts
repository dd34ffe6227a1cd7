// Data access: set-based SQL that reads a system's whole list of people at once, for the register import (what rows
// match) and the CSV export. Single people are read through the repository in people.service.ts.
import type { ImportContext } from '@stewardship/register-import';
import type { EntityManager } from 'typeorm';

export type PersonRegisterRow = ImportContext['people'][number];

/** Every person of the system, archived ones marked, by name then email. */
export function personRegisterRows(db: EntityManager, systemId: string): Promise<PersonRegisterRow[]> {
  return db.query(
    `select id, name, email, organisation_id as "organisationId", role_group as "roleGroup", external_id as "externalId", archived_at is not null as archived
       from people where system_id = $1 order by lower(name), email, id`,
    [systemId],
  );
}
