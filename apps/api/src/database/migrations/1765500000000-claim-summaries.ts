import { MigrationInterface, QueryRunner } from 'typeorm';
import { SYSTEM_ROW_RULE } from '../migration-sql';
import { APP_ROLE } from '../tenancy';

/**
 * Each claim's evidence summary, kept (issues 13 and 14). Working out a claim's summary reads each linked figure over
 * two periods through the area that owns it: at 1,000 partners a page of thirty reviewed claims took seconds, on
 * every request of the review and the claims list (status "evidence changed" needs every reviewed claim's summary).
 * So a claim's summary is kept with a stamp of what it was worked out from (claim_summaries.stamp): the version of
 * the system's data up to the claim's last month (the change counters of input_versions; every month when it cites a
 * decision, whose amendments may be dated later), the newest survey round opened (scores of a round opened since
 * appear with time, not with a write) and the claim's evidence (its own rows, append-only). It is served while the
 * stamp holds and worked out again when it does not. A cache: rows are replaced, never part of the record.
 */
export class ClaimSummaries1765500000000 implements MigrationInterface {
  name = 'ClaimSummaries1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table claim_summaries (
        claim_id uuid primary key,
        system_id uuid not null references systems(id),
        stamp varchar(200) not null,
        summary json not null,
        computed_at timestamptz not null default clock_timestamp(),
        foreign key (system_id, claim_id) references claims (system_id, id)
      )`);
    // Row-level security with the tenancy policy every system-owned table carries (the statements enableTenancy
    // emits, written out): the app sees and writes its own system's summaries only.
    await db.query('alter table claim_summaries enable row level security');
    await db.query(`create policy claim_summaries_tenant on claim_summaries to ${APP_ROLE} using (${SYSTEM_ROW_RULE}) with check (${SYSTEM_ROW_RULE})`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table claim_summaries');
  }
}
