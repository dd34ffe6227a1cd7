import { EntityManager } from 'typeorm';

/**
 * Adds the practice scores of the given responses to practice_score_counts. Call it in the transaction that wrote
 * the responses, so the counts never disagree with the answers.
 */
export async function addToScoreCounts(tx: EntityManager, responseIds: string[]): Promise<void> {
  await tx.query(
    `insert into practice_score_counts (system_id, month, practice, sector, role_group, place_ids, score, responses)
     select r.system_id, r.month, ps.practice, r.sector, r.role_group, coalesce((select array_agg(p order by p) from unnest(r.place_ids) p), '{}'), ps.score, count(*)
       from practice_scores ps join survey_responses r on r.id = ps.response_id
      where r.id = any($1)
      group by 1, 2, 3, 4, 5, 6, 7
     on conflict (system_id, month, practice, sector, role_group, place_ids, score)
     do update set responses = practice_score_counts.responses + excluded.responses`,
    [responseIds],
  );
}
