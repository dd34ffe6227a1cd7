// Data access: the board pack queue. Every statement on board_packs names its system, except the worker's, which run
// outside any request (as the connecting user) and work the whole queue.
import type { EntityManager } from 'typeorm';

/** How long a claimed pack stays the worker's without a renewal; the worker renews it every LEASE_SECONDS / 3. */
export const LEASE_SECONDS = 120;
/** Tries before a pack is given up as FAILED. */
export const MAX_ATTEMPTS = 3;
/** A worker whose heartbeat is older than this is taken to be gone. It beats every WORKER_FRESH_SECONDS / 3. */
export const WORKER_FRESH_SECONDS = 30;
/** Packs one person may have waiting or being made at once. */
export const MAX_OPEN_PACKS = 3;

export type BoardPackStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** A pack without its PDF: what its status query shows. */
export interface BoardPackRow {
  id: string;
  systemId: string;
  placeId: string | null;
  /** yyyy-mm */
  month: string;
  requestedBy: string;
  status: BoardPackStatus;
  attempts: number;
  requestedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  sizeBytes: number | null;
}

/** A pack a worker has claimed: `attempts` is this attempt's number, which its later writes must still match. */
export type ClaimedPack = Pick<BoardPackRow, 'id' | 'systemId' | 'placeId' | 'month' | 'requestedBy' | 'attempts'>;

const PACK_COLUMNS = `id, system_id as "systemId", place_id as "placeId", to_char(month, 'YYYY-MM') as month, requested_by as "requestedBy",
  status, attempts, requested_at as "requestedAt", finished_at as "finishedAt", error, octet_length(pdf) as "sizeBytes"`;

export async function insertPack(db: EntityManager, systemId: string, placeId: string | null, month: string, requestedBy: string): Promise<BoardPackRow> {
  const [row] = await db.query(
    `insert into board_packs (system_id, place_id, month, requested_by) values ($1, $2, $3::date, $4) returning ${PACK_COLUMNS}`,
    [systemId, placeId, `${month}-01`, requestedBy],
  );
  return row;
}

export async function packById(db: EntityManager, systemId: string, id: string): Promise<BoardPackRow | null> {
  const [row] = await db.query(`select ${PACK_COLUMNS} from board_packs where system_id = $1 and id = $2`, [systemId, id]);
  return row ?? null;
}

/** How many of a person's packs are waiting or being made. */
export async function openPacksOf(db: EntityManager, systemId: string, userId: string): Promise<number> {
  const [{ n }] = await db.query(`select count(*)::int as n from board_packs where system_id = $1 and requested_by = $2 and status in ('QUEUED', 'RUNNING')`, [systemId, userId]);
  return n;
}

/** A finished pack's PDF with what its file name needs: the system's name and the month. */
export async function packPdf(db: EntityManager, systemId: string, id: string): Promise<{ requestedBy: string; status: BoardPackStatus; month: string; systemName: string; pdf: Buffer | null } | null> {
  const [row] = await db.query(
    `select b.requested_by as "requestedBy", b.status, to_char(b.month, 'YYYY-MM') as month, s.name as "systemName", b.pdf
       from board_packs b join systems s on s.id = b.system_id where b.system_id = $1 and b.id = $2`,
    [systemId, id],
  );
  return row ?? null;
}

/**
 * Takes the oldest pack that is waiting, or whose worker's lease ran out (it crashed or hung), for `LEASE_SECONDS`,
 * counting the attempt. Rows another worker is claiming at the same moment are skipped, never waited for or taken twice.
 * A pack whose lease ran out on its last attempt is ended FAILED first rather than tried a fourth time.
 */
export async function claimNextPack(db: EntityManager): Promise<ClaimedPack | null> {
  await db.query(
    `update board_packs set status = 'FAILED', finished_at = clock_timestamp(), lease_until = null,
            error = coalesce(error, 'The worker making it stopped before it finished, ' || attempts || ' times')
      where status = 'RUNNING' and lease_until < clock_timestamp() and attempts >= $1`,
    [MAX_ATTEMPTS],
  );
  // An UPDATE … RETURNING answers [rows, count] through TypeORM.
  const [[row]]: [ClaimedPack[], number] = await db.query(
    `with next as (
       select id from board_packs
        where status = 'QUEUED' or (status = 'RUNNING' and lease_until < clock_timestamp() and attempts < $1)
        order by requested_at, id
        limit 1
        for update skip locked)
     update board_packs b set status = 'RUNNING', attempts = b.attempts + 1, lease_until = clock_timestamp() + make_interval(secs => $2)
       from next where b.id = next.id
     returning b.id, b.system_id as "systemId", b.place_id as "placeId", to_char(b.month, 'YYYY-MM') as month, b.requested_by as "requestedBy", b.attempts`,
    [MAX_ATTEMPTS, LEASE_SECONDS],
  );
  return row ?? null;
}

/** Extends a claim while its pack is being made; false when the pack is no longer this attempt's (its lease was taken over). */
export async function renewLease(db: EntityManager, pack: ClaimedPack): Promise<boolean> {
  const [, count] = await db.query(
    `update board_packs set lease_until = clock_timestamp() + make_interval(secs => $3) where id = $1 and attempts = $2 and status = 'RUNNING'`,
    [pack.id, pack.attempts, LEASE_SECONDS],
  );
  return count === 1;
}

/** Stores the PDF and ends the pack DONE; false when this attempt no longer holds it. */
export async function finishPack(db: EntityManager, pack: ClaimedPack, pdf: Buffer): Promise<boolean> {
  const [, count] = await db.query(
    `update board_packs set status = 'DONE', pdf = $3, error = null, lease_until = null, finished_at = clock_timestamp()
      where id = $1 and attempts = $2 and status = 'RUNNING'`,
    [pack.id, pack.attempts, pdf],
  );
  return count === 1;
}

/** Records a failed attempt: the pack waits for another try, or after the last one ends FAILED with the error. */
export async function packFailed(db: EntityManager, pack: ClaimedPack, error: string): Promise<void> {
  await db.query(
    `update board_packs set status = case when attempts >= $3 then 'FAILED' else 'QUEUED' end,
            finished_at = case when attempts >= $3 then clock_timestamp() end, lease_until = null, error = left($4, 2000)
      where id = $1 and attempts = $2 and status = 'RUNNING'`,
    [pack.id, pack.attempts, MAX_ATTEMPTS, error],
  );
}

/** A worker's heartbeat; workers gone for a day are forgotten. */
export async function workerSeen(db: EntityManager, workerId: string, canRender: boolean): Promise<void> {
  await db.query(
    `insert into board_pack_workers (worker_id, can_render, seen_at) values ($1, $2, clock_timestamp())
     on conflict (worker_id) do update set can_render = excluded.can_render, seen_at = excluded.seen_at`,
    [workerId, canRender],
  );
  await db.query(`delete from board_pack_workers where seen_at < clock_timestamp() - interval '1 day'`);
}

/** A worker stopping says so, so the button knows at once rather than after WORKER_FRESH_SECONDS. */
export async function workerGone(db: EntityManager, workerId: string): Promise<void> {
  await db.query(`delete from board_pack_workers where worker_id = $1`, [workerId]);
}

/** Which workers have been seen lately: any at all, and any with a browser to render with. */
export async function workersRunning(db: EntityManager): Promise<{ any: boolean; rendering: boolean }> {
  const [row] = await db.query(
    `select count(*) > 0 as any, coalesce(bool_or(can_render), false) as rendering
       from board_pack_workers where seen_at > clock_timestamp() - make_interval(secs => $1)`,
    [WORKER_FRESH_SECONDS],
  );
  return row;
}
