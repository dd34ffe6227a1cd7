import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '../migration-sql';

/**
 * Manual indicators: power-sharing measures entered by hand (a figure from a report, an audit, a survey of its own),
 * each with its period, a link to the evidence and who entered it when. Under the same tenancy policy as every
 * system's table (see database/tenancy.ts). Corrections are new entries, so nothing needs updating; who and when are
 * set by the database and kept.
 */
export class ManualIndicators1764950000000 implements MigrationInterface {
  name = 'ManualIndicators1764950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table manual_indicators (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        name varchar(200) not null check (btrim(name) <> ''),
        value double precision not null,
        from_date date not null,
        to_date date not null check (to_date >= from_date),
        evidence_url varchar(2000) not null,
        evidence_title varchar(200) not null check (btrim(evidence_title) <> ''),
        entered_by uuid not null references users(id),
        entered_at timestamptz not null default clock_timestamp(),
        unique (system_id, id),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await db.query('create index manual_indicators_system_period on manual_indicators (system_id, to_date desc)');
    await enableTenancy(db, 'manual_indicators');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table manual_indicators');
  }
}
