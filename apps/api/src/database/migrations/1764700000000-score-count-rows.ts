import { MigrationInterface, QueryRunner } from 'typeorm';

const CELL = 'system_id, month, practice, sector, role_group, place_ids';
const countOf = (score: number) => `coalesce(sum(responses) filter (where score = ${score}), 0)::int`;

/**
 * One row per cell with the five score counts in an array, instead of one row per score: the scores page reads every
 * cell of 24 months on each request, and a fifth of the rows with no grouping is what keeps a 1,000-partner system fast.
 */
export class ScoreCountRows1764700000000 implements MigrationInterface {
  name = 'ScoreCountRows1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create temporary table score_cells on commit drop as
      select ${CELL}, array[${[1, 2, 3, 4, 5].map(countOf).join(', ')}] as counts from practice_score_counts group by ${CELL}`);
    await db.query('delete from practice_score_counts');
    // Dropping score drops the primary key it was part of; the table keeps its row-level security policy and grants.
    await db.query('alter table practice_score_counts drop column score, drop column responses');
    await db.query(`alter table practice_score_counts add column counts int[] not null check (cardinality(counts) = 5 and 0 <= all(counts)), add primary key (${CELL})`);
    await db.query(`insert into practice_score_counts (${CELL}, counts) select ${CELL}, counts from score_cells`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`create temporary table score_cells on commit drop as select ${CELL}, counts from practice_score_counts`);
    await db.query('delete from practice_score_counts');
    await db.query('alter table practice_score_counts drop column counts');
    await db.query(`alter table practice_score_counts add column score smallint not null check (score between 1 and 5), add column responses int not null check (responses >= 0), add primary key (${CELL}, score)`);
    await db.query(`insert into practice_score_counts (${CELL}, score, responses)
      select ${CELL}, s.score, s.responses from score_cells, unnest(counts) with ordinality as s(responses, score) where s.responses > 0`);
  }
}
