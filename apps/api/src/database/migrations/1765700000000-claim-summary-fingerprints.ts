import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each kept claim summary's evidence fingerprint in a column of its own: whether a reviewed claim's evidence changed
 * since its verdict (the review's claims section, the claims list by status) compares fingerprints, and reading every
 * reviewed claim's whole summary for that (8 KB each) was most of the review's claims section.
 */
export class ClaimSummaryFingerprints1765700000000 implements MigrationInterface {
  name = 'ClaimSummaryFingerprints1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('alter table claim_summaries add column fingerprint varchar(64)');
    await db.query(`update claim_summaries set fingerprint = summary->>'fingerprint'`);
    // A summary kept without one (none should be) is forgotten: it is worked out again when next asked for.
    await db.query('delete from claim_summaries where fingerprint is null');
    await db.query('alter table claim_summaries alter column fingerprint set not null');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('alter table claim_summaries drop column fingerprint');
  }
}
