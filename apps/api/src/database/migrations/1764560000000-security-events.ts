import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy';
import { enableTenancy } from '../migration-sql';

/**
 * Security events, under the same tenancy policy as every system's table (see database/tenancy.ts). A sign-in
 * failure for an email nobody has belongs to no system: its system_id is null, which the policy matches for no
 * one, so only an operator reading the database directly sees those.
 */
export class SecurityEvents1764560000000 implements MigrationInterface {
  name = 'SecurityEvents1764560000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table security_events (
        id bigint generated always as identity primary key,
        at timestamptz not null default clock_timestamp(),
        kind varchar not null check (kind in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'MEMBERSHIP_CHANGED', 'REGISTER_EXPORTED', 'SURVEY_ROUND_OPENED', 'SURVEY_LINK_REISSUED')),
        system_id uuid references systems(id) on delete cascade,
        user_id uuid references users(id) on delete set null,
        address varchar,
        detail jsonb not null default '{}'
      )`);
    await db.query(`create index security_events_system on security_events (system_id, id desc)`);
    // Append-only for the app: its role (granted everything on new tables by default) may not rewrite the record.
    await db.query(`revoke update, delete on security_events from ${APP_ROLE}`);
    await enableTenancy(db, 'security_events');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table security_events');
  }
}
