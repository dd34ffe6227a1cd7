import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice-score counts by month, practice, sector, role group, place set and score: a few thousand rows per system
 * instead of millions, so the scores page reads counts rather than scanning every answer. Kept in step with
 * practice_scores by the code that writes responses, inside the same transaction.
 */
export class ScoreCounts1764300000000 implements MigrationInterface {
  name = 'ScoreCounts1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table practice_score_counts (
        system_id uuid not null references systems(id) on delete cascade,
        month date not null,
        practice varchar not null,
        sector varchar not null,
        role_group varchar not null,
        place_ids uuid[] not null,
        score smallint not null check (score between 1 and 5),
        responses int not null check (responses >= 0),
        primary key (system_id, month, practice, sector, role_group, place_ids, score)
      )`);
    await db.query(`
      insert into practice_score_counts (system_id, month, practice, sector, role_group, place_ids, score, responses)
      select r.system_id, r.month, ps.practice, r.sector, r.role_group, coalesce((select array_agg(p order by p) from unnest(r.place_ids) p), '{}'), ps.score, count(*)
        from practice_scores ps join survey_responses r on r.id = ps.response_id
       group by 1, 2, 3, 4, 5, 6, 7`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table practice_score_counts');
  }
}
