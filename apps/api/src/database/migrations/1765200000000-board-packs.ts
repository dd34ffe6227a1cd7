import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '../migration-sql';
import { APP_ROLE } from '../tenancy';

/**
 * The board pack (issue 14): a PDF of the monthly review, made by a worker process from a queue kept here, so any API
 * replica can answer a pack's status and a crashed worker's pack is taken again once its lease runs out.
 *
 * - `board_packs`: one row per request. A worker claims a QUEUED pack (or a RUNNING one whose lease has run out) with
 *   `for update skip locked`, sets it RUNNING with a lease it renews while rendering, and ends it DONE with the PDF or,
 *   after its last attempt, FAILED with the error. The PDF is there exactly when the pack is DONE. Tenancy as usual.
 * - `board_pack_workers`: each worker's heartbeat and whether it has a browser to render with, so the API can say
 *   whether packs can be made at all. It belongs to no system: the app's role may only read it (the policy shows every
 *   row, which names no one), and only the worker, outside any request, writes it.
 */
export class BoardPacks1765200000000 implements MigrationInterface {
  name = 'BoardPacks1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table board_packs (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        month date not null check (extract(day from month) = 1),
        requested_by uuid not null references users(id),
        status varchar not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        attempts int not null default 0 check (attempts >= 0),
        lease_until timestamptz,
        requested_at timestamptz not null default clock_timestamp(),
        finished_at timestamptz,
        error varchar(2000),
        pdf bytea,
        unique (system_id, id),
        foreign key (system_id, place_id) references places (system_id, id),
        check ((status = 'DONE') = (pdf is not null)),
        check ((status in ('DONE', 'FAILED')) = (finished_at is not null)),
        check (status <> 'RUNNING' or lease_until is not null)
      )`);
    // The queue's scan: open packs, oldest first; and a requester's open packs (at most three).
    await db.query(`create index board_packs_open on board_packs (requested_at) where status in ('QUEUED', 'RUNNING')`);
    await db.query(`create index board_packs_requester on board_packs (system_id, requested_by, requested_at desc)`);
    await enableTenancy(db, 'board_packs');

    await db.query(`
      create table board_pack_workers (
        worker_id varchar(100) primary key,
        can_render boolean not null,
        seen_at timestamptz not null default clock_timestamp()
      )`);
    await db.query(`alter table board_pack_workers enable row level security`);
    await db.query(`create policy board_pack_workers_read on board_pack_workers for select to ${APP_ROLE} using (true)`);
    await db.query(`revoke insert, update, delete, truncate on board_pack_workers from ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table board_pack_workers');
    await db.query('drop table board_packs');
  }
}
