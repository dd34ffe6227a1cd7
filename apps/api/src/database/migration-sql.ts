/*
 * The statements every migration repeats, written once: the tenancy policy a system-owned table carries, and the
 * triggers that make a record append-only. Migrations call these and never change what they emit once released.
 */
import type { QueryRunner } from 'typeorm';
import { APP_ROLE } from './tenancy';

/** The rule of a table whose rows carry their system: visible to the app only inside that system. */
export const SYSTEM_ROW_RULE = 'system_id = app_system_id()';

/** Row-level security on `table`: the app's role sees and writes only rows for which `rule` holds. */
export async function enableTenancy(db: QueryRunner, table: string, rule = SYSTEM_ROW_RULE): Promise<void> {
  await db.query(`alter table ${table} enable row level security`);
  await db.query(`create policy ${table}_tenant on ${table} to ${APP_ROLE} using (${rule}) with check (${rule})`);
}

/**
 * Makes `tables` append-only for every role, the owner included: a trigger function `functionName` refuses UPDATE,
 * DELETE and TRUNCATE with `message` (`%` placeholders: the operation, then the table), and the app's role loses the
 * privileges as well. Each table also gets the tenancy policy.
 */
export async function makeAppendOnly(db: QueryRunner, functionName: string, message: string, tables: readonly string[]): Promise<void> {
  await db.query(`
      create function ${functionName}() returns trigger language plpgsql as $$
      begin
        raise exception '${message}', tg_op, tg_table_name
          using errcode = 'insufficient_privilege';
      end $$`);
  for (const table of tables) {
    await db.query(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function ${functionName}()`);
    await db.query(`create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function ${functionName}()`);
    await db.query(`revoke update, delete, truncate on ${table} from ${APP_ROLE}`);
    await enableTenancy(db, table);
  }
}

/**
 * The trigger function `functionName` counting changes per system and month into the counters table `counters`, run
 * by a statement-level trigger over its transition table `changed_rows`: tg_argv is the system column, then the SQL
 * expression (over changed_rows) of the earliest month a row bears on (null: every month, counted as '-infinity').
 * It runs as its owner, so the app's role needs no rights on the counters.
 */
export async function createChangeCounter(db: QueryRunner, functionName: string, counters: string, { replace = false } = {}): Promise<void> {
  await db.query(`
      create ${replace ? 'or replace ' : ''}function ${functionName}() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        execute format(
          'insert into ${counters} as v (system_id, month, version)
             select distinct %1$I, coalesce(%2$s, ''-infinity''::date), 1 from changed_rows where %1$I is not null
             on conflict (system_id, month) do update set version = v.version + 1', tg_argv[0], tg_argv[1]);
        return null;
      end $$`);
}
