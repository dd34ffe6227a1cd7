import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy';
import { enableTenancy } from '../migration-sql';

/** One chart's view: the practice (a plain key, so other measures can share the table) and the filter it is drawn for. */
const VIEW = `
        system_id uuid not null references systems(id) on delete cascade,
        practice varchar not null,
        place_id uuid,
        sector varchar,
        role_group varchar,
        month date not null check (month = date_trunc('month', month)::date),
        foreign key (system_id, place_id) references places (system_id, id)`;
/** The view and month as one key, with "no filter" spelled alike, since a plain unique constraint treats nulls as distinct. */
const VIEW_KEY = `system_id, practice, coalesce(place_id::text, ''), coalesce(sector, ''), coalesce(role_group, ''), month`;

/**
 * Rebases of the practice scores' SPC charts (a new period, with its own mean and limits, from a month), with who set
 * each and why, and suggested rebases a user dismissed. Neither is ever deleted by the app: a withdrawn rebase keeps
 * its row, so the chart's history can always be told. Both under the same tenancy policy as every system's table.
 */
export class ScoreRebases1764800000000 implements MigrationInterface {
  name = 'ScoreRebases1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table score_rebases (
        id uuid primary key default gen_random_uuid(),${VIEW},
        reason varchar(500) not null check (length(btrim(reason)) between 1 and 500),
        created_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        withdrawn_at timestamptz,
        withdrawn_by uuid references users(id) on delete set null
      )`);
    // At most one active rebase per view and month; withdrawn ones stay beside it.
    await db.query(`create unique index score_rebases_active_month on score_rebases (${VIEW_KEY}) where withdrawn_at is null`);
    await db.query(`
      create table score_rebase_dismissals (
        id uuid primary key default gen_random_uuid(),${VIEW},
        dismissed_by uuid references users(id) on delete set null,
        dismissed_at timestamptz not null default now()
      )`);
    await db.query(`create unique index score_rebase_dismissals_month on score_rebase_dismissals (${VIEW_KEY})`);
    for (const table of ['score_rebases', 'score_rebase_dismissals']) {
      // Kept for good: the app may mark a rebase withdrawn, never erase one.
      await db.query(`revoke delete on ${table} from ${APP_ROLE}`);
      await enableTenancy(db, table);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table score_rebase_dismissals');
    await db.query('drop table score_rebases');
  }
}
