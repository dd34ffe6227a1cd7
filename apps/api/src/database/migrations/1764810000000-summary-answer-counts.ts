import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '../migration-sql';

const CELL = 'system_id, month, question, sector, role_group, place_ids';

/**
 * Counts of the three summary answers (direction, alignment, commitment) per cell, shaped as practice_score_counts
 * is, so they are charted and protected the same way: the scores page reads counts, never answers. Filled from the
 * responses already stored; kept in step by the response writer.
 */
export class SummaryAnswerCounts1764810000000 implements MigrationInterface {
  name = 'SummaryAnswerCounts1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table summary_answer_counts (
        system_id uuid not null references systems(id) on delete cascade,
        month date not null,
        question varchar not null check (question in ('DIRECTION', 'ALIGNMENT', 'COMMITMENT')),
        sector varchar not null,
        role_group varchar not null,
        place_ids uuid[] not null,
        counts int[] not null check (cardinality(counts) = 5 and 0 <= all(counts)),
        primary key (${CELL})
      )`);
    await enableTenancy(db, 'summary_answer_counts');
    await db.query(`
      insert into summary_answer_counts (${CELL}, counts)
      select r.system_id, r.month, a.question, r.sector, r.role_group, coalesce((select array_agg(p order by p) from unnest(r.place_ids) p), '{}'),
             array[${[1, 2, 3, 4, 5].map((score) => `count(*) filter (where a.score = ${score})`).join(', ')}]::int[]
        from survey_responses r
        cross join lateral (values ('DIRECTION', r.direction), ('ALIGNMENT', r.alignment), ('COMMITMENT', r.commitment)) as a(question, score)
       where a.score is not null
       group by 1, 2, 3, 4, 5, 6`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table summary_answer_counts');
  }
}
