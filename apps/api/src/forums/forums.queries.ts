// Data access: set-based SQL that reads a system's whole list of forums and seats at once, for the register import
// (what rows match) and the CSV export. Single forums and seats are read through the repository in forums.service.ts.
import type { ImportContext } from '@stewardship/register-import';
import type { EntityManager } from 'typeorm';

export type ForumRegisterRow = ImportContext['forums'][number];
export type SeatRegisterRow = ImportContext['seats'][number];

/** Every forum of the system, archived ones marked, by name. */
export function forumRegisterRows(db: EntityManager, systemId: string): Promise<ForumRegisterRow[]> {
  return db.query(
    `select id, name, kind, place_id as "placeId", external_id as "externalId", archived_at is not null as archived
       from forums where system_id = $1 order by lower(name), id`,
    [systemId],
  );
}

/** Every seat of the system, past and present, in the order each forum's seats began. */
export function seatRegisterRows(db: EntityManager, systemId: string): Promise<SeatRegisterRow[]> {
  return db.query(
    `select id, forum_id as "forumId", organisation_id as "organisationId", voting, chair,
            to_char(from_date, 'YYYY-MM-DD') as "from", to_char(to_date, 'YYYY-MM-DD') as "to"
       from seats where system_id = $1 order by from_date, id`,
    [systemId],
  );
}
