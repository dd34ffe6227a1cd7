import { MigrationInterface, QueryRunner } from 'typeorm';
import { createChangeCounter, enableTenancy } from '../migration-sql';

/**
 * The monthly review's figures, kept (issue 14). At 1,000 partners a review reads 24 months of scores, 24 months of
 * power figures over 50,000 decisions and two months' networks: seconds, where the page must answer within 300 ms.
 * So a review's figures (everything but the claims, which are read live) are kept per system, place and month in
 * `review_snapshots`, stamped with the inputs' version when they were computed, and served while it still holds.
 *
 * `review_input_versions` counts changes per system and month affected: a review of month M is built from data of
 * months up to M only, so its stamp is the sum of the counters of months up to M (a sum of counters that only grow
 * changes whenever one of them does). Survey answers, ratings and score counts change their own month; a decision
 * (or an amendment) the earliest month any of its versions is dated in; a round or a manual indicator the month it
 * starts; anything else (the register: places, partners and where they serve, forums and seats, people; the score
 * charts' rebases; the system's minimum group size) every month, kept as the counter of month '-infinity'.
 *
 * A statement-level trigger on each of those tables bumps the counters inside the statement's transaction, so no
 * write path (service, import, demo loader, raw SQL) can leave a stale review, and a review computed while a change
 * was being written is stamped with the sum before it and recomputed. Concurrent writers to one month of a system
 * queue on its counter until they commit, which keeps the counters in commit order. Decision participants are always
 * written with their decision's version, whose trigger covers them. The function runs as its owner, so the app's role
 * needs no rights on the counters. A table added later that a review reads must get the same triggers.
 */
const EVERY_MONTH = `'-infinity'::date`;
const MONTH_OF = (column: string) => `date_trunc('month', ${column})::date`;

/** Each input table, the column naming its system and the earliest month a changed row bears on. */
export const REVIEW_INPUT_TABLES: readonly { table: string; system: string; month: string }[] = [
  { table: 'systems', system: 'id', month: EVERY_MONTH },
  ...['places', 'organisations', 'organisation_places', 'forums', 'seats', 'people', 'score_rebases', 'score_rebase_dismissals'].map((table) => ({
    table,
    system: 'system_id',
    month: EVERY_MONTH,
  })),
  ...['survey_rounds', 'survey_responses', 'relationship_ratings', 'practice_score_counts'].map((table) => ({ table, system: 'system_id', month: MONTH_OF('month') })),
  { table: 'manual_indicators', system: 'system_id', month: MONTH_OF('from_date') },
  {
    table: 'decision_versions',
    system: 'system_id',
    month: `(select ${MONTH_OF('min(v.decided_on)')} from decision_versions v where v.system_id = changed_rows.system_id and v.decision_id = changed_rows.decision_id)`,
  },
];

export class ReviewSnapshots1765300000000 implements MigrationInterface {
  name = 'ReviewSnapshots1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table review_input_versions (
        system_id uuid not null references systems(id),
        month date not null,
        version bigint not null check (version > 0),
        primary key (system_id, month)
      )`);
    await enableTenancy(db, 'review_input_versions');
    await db.query(`
      create table review_snapshots (
        id uuid primary key default gen_random_uuid(),
        system_id uuid not null references systems(id),
        place_id uuid,
        month date not null check (month = date_trunc('month', month)),
        inputs_version bigint not null,
        round_state varchar(10) not null,
        figures json not null,
        computed_at timestamptz not null default clock_timestamp(),
        unique nulls not distinct (system_id, place_id, month),
        foreign key (system_id, place_id) references places (system_id, id)
      )`);
    await enableTenancy(db, 'review_snapshots');
    await createChangeCounter(db, 'bump_review_inputs_version', 'review_input_versions');
    for (const { table, system, month } of REVIEW_INPUT_TABLES) {
      for (const [event, transition] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']]) {
        if (table === 'systems' && event === 'delete') continue; // its counters would name a system that is gone
        await db.query(
          `create trigger ${table}_review_inputs_${event} after ${event} on ${table} referencing ${transition} table as changed_rows
             for each statement execute function bump_review_inputs_version('${system}', ${quoted(month)})`,
        );
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table } of REVIEW_INPUT_TABLES) {
      for (const event of ['insert', 'update', 'delete']) await db.query(`drop trigger if exists ${table}_review_inputs_${event} on ${table}`);
    }
    await db.query('drop function bump_review_inputs_version()');
    await db.query('drop table review_snapshots');
    await db.query('drop table review_input_versions');
  }
}

/** A trigger argument: an SQL string literal. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
