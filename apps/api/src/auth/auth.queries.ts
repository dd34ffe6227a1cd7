/*
 * Data access in every area: single rows go through the area's TypeORM repositories (in its services); set-based
 * SQL for joins, bulk work and figures lives in the area's `*.queries.ts` (reads) and `*-writer.ts` (bulk writes),
 * and nowhere else. Only the owning area touches its tables; other areas call its exported services.
 */
import type { EntityManager } from 'typeorm';
import type { Caller } from '../common/request-context';

/** The caller behind a live session: its membership's user, system, role, place and grants. */
export async function callerBySessionTokenHash(db: EntityManager, tokenHash: string): Promise<Caller | null> {
  const [row] = await db.query(
    `select s.id as "sessionId", m.user_id as "userId", m.id as "membershipId", m.system_id as "systemId",
            m.role, m.place_id as "placeId", m.system_view_granted as "systemViewGranted"
       from sessions s join memberships m on m.id = s.membership_id
      where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash],
  );
  return row ?? null;
}
