// Data access: set-based SQL that reads a system's whole list of places at once, for the register import (what rows
// match) and the CSV export. Single places are read through the repository in places.service.ts.
import type { ImportContext } from '@stewardship/register-import';
import type { EntityManager } from 'typeorm';

export type PlaceRegisterRow = ImportContext['places'][number];

/** Every place of the system, archived ones marked, by name. */
export function placeRegisterRows(db: EntityManager, systemId: string): Promise<PlaceRegisterRow[]> {
  return db.query(
    `select id, name, local_authority as "localAuthority", ons_code as "onsCode", external_id as "externalId", archived_at is not null as archived
       from places where system_id = $1 order by lower(name), id`,
    [systemId],
  );
}
