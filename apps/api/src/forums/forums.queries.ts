// Data access: set-based SQL that reads a system's whole list of forums and seats at once, for the register import
// (what rows match), the CSV export and the power figures. Single forums and seats are read through the repository in forums.service.ts.
import type { PowerSeat } from '@stewardship/power';
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

/**
 * The seats held at any time from `from` to `to` (yyyy-mm-dd, both inclusive), of the given forums (every forum when
 * null), in the shape libs/power reads: a seat still held has no `to`.
 */
export async function powerSeats(db: EntityManager, systemId: string, forumIds: readonly string[] | null, from: string, to: string): Promise<PowerSeat[]> {
  const rows: (Omit<PowerSeat, 'to'> & { to: string | null })[] = await db.query(
    `select organisation_id as "organisationId", forum_id as "forumId", voting, to_char(from_date, 'YYYY-MM-DD') as "from", to_char(to_date, 'YYYY-MM-DD') as "to"
       from seats
      where system_id = $1 and from_date <= $3::date and (to_date is null or to_date >= $2::date) and ($4::uuid[] is null or forum_id = any($4::uuid[]))`,
    [systemId, from, to, forumIds],
  );
  return rows.map(({ to: lastDay, ...seat }) => (lastDay ? { ...seat, to: lastDay } : seat));
}
