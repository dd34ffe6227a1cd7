/*
 * Set-based reads of the security log. Events are written through the repository in SecurityEventsService. The one
 * read across areas is each event's user (email and name), joined from users, so a page of events is one query.
 */
import type { EntityManager } from 'typeorm';
import type { SecurityEventDetail, SecurityEventKind } from './security-event.entity';

export interface SecurityEventRow {
  id: string;
  at: Date;
  kind: SecurityEventKind;
  address: string | null;
  detail: SecurityEventDetail;
  userId: string | null;
  email: string | null;
  displayName: string | null;
}

/** Up to `limit` of the system's events older than `beforeId`, newest first. */
export function securityEventsPage(db: EntityManager, systemId: string, beforeId: string | null, limit: number): Promise<SecurityEventRow[]> {
  return db.query(
    `select e.id, e.at, e.kind, e.address, e.detail, u.id as "userId", u.email, u.display_name as "displayName"
       from security_events e left join users u on u.id = e.user_id
      where e.system_id = $1 and ($2::bigint is null or e.id < $2::bigint)
      order by e.id desc
      limit $3`,
    [systemId, beforeId, limit],
  );
}

export async function securityEventCount(db: EntityManager, systemId: string): Promise<number> {
  const [{ count }] = await db.query(`select count(*)::int as count from security_events where system_id = $1`, [systemId]);
  return count;
}
