import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy';
import { enableTenancy, SYSTEM_ROW_RULE } from '../migration-sql';

/** Tables holding one system's rows, by system_id. */
export const SYSTEM_TABLES = [
  'places', 'organisations', 'organisation_places', 'memberships', 'forums', 'seats', 'people', 'audit_events',
  'survey_rounds', 'survey_invitations', 'survey_responses', 'relationship_ratings', 'practice_score_counts',
];

/**
 * Row-level security on every table that holds a system's rows (see database/tenancy.ts): the app's role sees and
 * writes only the rows of the system in `app.system_id`. Tables without a system_id follow the row they hang from.
 * Only `sign_in_limits` (keyed by email and address, before anyone is known) and TypeORM's `migrations` have none.
 */
export class RowLevelSecurity1764400000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole cluster: another database on it may be creating the same one at this moment.
    await db.query(`do $$ begin create role ${APP_ROLE} nologin; exception when duplicate_object or unique_violation then null; end $$`);
    await db.query(`grant ${APP_ROLE} to current_user`);
    await db.query(`grant usage on schema public to ${APP_ROLE}`);
    await db.query(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE}`);
    await db.query(`alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE}`);
    await db.query(`
      create function app_system_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.system_id', true), '')::uuid $$`);

    const policies: [table: string, rule: string][] = [
      ['systems', 'id = app_system_id()'],
      ...SYSTEM_TABLES.map((table): [string, string] => [table, SYSTEM_ROW_RULE]),
      // A user is visible to the systems they belong to; a session and a score to the system of their membership or response.
      ['users', 'exists (select 1 from memberships m where m.user_id = users.id)'],
      ['sessions', 'exists (select 1 from memberships m where m.id = sessions.membership_id)'],
      ['practice_scores', 'exists (select 1 from survey_responses r where r.id = practice_scores.response_id)'],
    ];
    for (const [table, rule] of policies) await enableTenancy(db, table, rule);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['systems', ...SYSTEM_TABLES, 'users', 'sessions', 'practice_scores']) {
      await db.query(`drop policy ${table}_tenant on ${table}`);
      await db.query(`alter table ${table} disable row level security`);
    }
    await db.query('drop function app_system_id()');
    await db.query(`revoke select, insert, update, delete on all tables in schema public from ${APP_ROLE}`);
    await db.query(`alter default privileges in schema public revoke select, insert, update, delete on tables from ${APP_ROLE}`);
    await db.query(`revoke usage on schema public from ${APP_ROLE}`);
  }
}
