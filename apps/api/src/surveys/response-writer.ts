// Data access: set-based SQL for bulk writes (one `unnest` statement per table), inside the caller's transaction.
import { EntityManager } from 'typeorm';

/** One submitted answer set, already checked, carrying what it may say about the respondent and nothing more. */
export interface ResponseToWrite {
  roundId: string;
  /** The round's month, yyyy-mm-01. */
  month: string;
  organisationId: string;
  sector: string;
  roleGroup: string;
  placeIds: readonly string[];
  direction?: number | null;
  alignment?: number | null;
  commitment?: number | null;
  practiceScores: readonly { practice: string; score?: number | null; comment?: string | null }[];
  /** Ratings of partners by the respondent's organisation. */
  ratings: readonly { organisationId: string; trust?: number | null; value?: number | null; contactFrequency?: string | null; type?: string | null; note?: string | null }[];
}

/**
 * Writes survey responses with their practice scores and relationship ratings, and adds the scores to
 * practice_score_counts and summary_answer_counts in the same transaction, so the counts never disagree with the answers. Survey submission,
 * the demo loader and the bench all write responses here. Blank comments and notes are stored as null.
 */
export class ResponseWriter {
  constructor(
    private readonly tx: EntityManager,
    private readonly systemId: string,
  ) {}

  /**
   * A round for responses loaded after the fact (the demo's past months), open from the start of its first UK day
   * to the end of its last, as a round opened through the app is; returns its id.
   */
  async insertRound(month: string, opensOn: string, closesOn: string): Promise<string> {
    const [{ id }] = await this.tx.query(
      `insert into survey_rounds (system_id, month, opens_at, closes_at)
       values ($1, $2, $3::date::timestamp at time zone 'Europe/London', ($4::date + 1)::timestamp at time zone 'Europe/London' - interval '1 second')
       returning id`,
      [this.systemId, month, opensOn, closesOn],
    );
    return id;
  }

  /** Returns the new responses' ids, in order. */
  async write(responses: readonly ResponseToWrite[]): Promise<string[]> {
    if (!responses.length) return [];
    const column = <T>(value: (r: ResponseToWrite) => T) => responses.map(value);
    // Place lists travel as comma-joined text: Postgres arrays of arrays must be rectangular.
    const inserted: { id: string }[] = await this.tx.query(
      `insert into survey_responses (system_id, round_id, month, organisation_id, sector, role_group, place_ids, direction, alignment, commitment)
       select $1, rd, m, o, s, g, string_to_array(p, ',')::uuid[], d, a, c
         from unnest($2::uuid[], $3::date[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::int[])
              with ordinality as r(rd, m, o, s, g, p, d, a, c, n)
        order by n
       returning id`,
      [
        this.systemId,
        column((r) => r.roundId),
        column((r) => r.month),
        column((r) => r.organisationId),
        column((r) => r.sector),
        column((r) => r.roleGroup),
        column((r) => r.placeIds.join(',')),
        column((r) => r.direction ?? null),
        column((r) => r.alignment ?? null),
        column((r) => r.commitment ?? null),
      ],
    );
    const ids = inserted.map((row) => row.id);
    await this.writeScores(responses, ids);
    await this.writeRatings(responses, ids);
    await this.addToCounts(ids);
    return ids;
  }

  /**
   * The counts tables hold how many responses gave each answer in each cell the figures can be filtered by:
   * practice_score_counts for the six practices, summary_answer_counts for direction, alignment and commitment.
   */
  private async addToCounts(responseIds: string[]): Promise<void> {
    await this.addAnswersToCounts('practice_score_counts', 'practice', 'join practice_scores a on a.response_id = r.id', responseIds);
    await this.addAnswersToCounts(
      'summary_answer_counts',
      'question',
      `cross join lateral (values ('DIRECTION', r.direction), ('ALIGNMENT', r.alignment), ('COMMITMENT', r.commitment)) as a(question, score)`,
      responseIds,
    );
  }

  /** `answers` joins each response `r` to its answers `a`, one row per question with `a.<question>` and `a.score`. */
  private async addAnswersToCounts(table: string, question: string, answers: string, responseIds: string[]): Promise<void> {
    await this.tx.query(
      `insert into ${table} (system_id, month, ${question}, sector, role_group, place_ids, counts)
       select r.system_id, r.month, a.${question}, r.sector, r.role_group, coalesce((select array_agg(p order by p) from unnest(r.place_ids) p), '{}'),
              array[${[1, 2, 3, 4, 5].map((score) => `count(*) filter (where a.score = ${score})`).join(', ')}]::int[]
         from survey_responses r ${answers}
        where r.id = any($1) and a.score is not null
        group by 1, 2, 3, 4, 5, 6
       on conflict (system_id, month, ${question}, sector, role_group, place_ids)
       do update set counts = array[${[1, 2, 3, 4, 5].map((i) => `${table}.counts[${i}] + excluded.counts[${i}]`).join(', ')}]`,
      [responseIds],
    );
  }

  private async writeScores(responses: readonly ResponseToWrite[], ids: string[]): Promise<void> {
    const rows = responses.flatMap((r, i) => r.practiceScores.map((s) => ({ ...s, responseId: ids[i] })));
    if (!rows.length) return;
    await this.tx.query(
      `insert into practice_scores (response_id, practice, score, comment)
       select r, p, s, nullif(btrim(c), '') from unnest($1::uuid[], $2::text[], $3::int[], $4::text[]) as x(r, p, s, c)`,
      [rows.map((s) => s.responseId), rows.map((s) => s.practice), rows.map((s) => s.score ?? null), rows.map((s) => s.comment ?? null)],
    );
  }

  private async writeRatings(responses: readonly ResponseToWrite[], ids: string[]): Promise<void> {
    const rows = responses.flatMap((r, i) => r.ratings.map((rating) => ({ ...rating, responseId: ids[i], month: r.month, from: r.organisationId })));
    if (!rows.length) return;
    await this.tx.query(
      `insert into relationship_ratings (system_id, response_id, month, from_organisation_id, to_organisation_id, trust, value, contact_frequency, type, note)
       select $1, r, m, f, t, tr, v, c, k, nullif(btrim(n), '')
         from unnest($2::uuid[], $3::date[], $4::uuid[], $5::uuid[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[]) as x(r, m, f, t, tr, v, c, k, n)`,
      [
        this.systemId,
        rows.map((r) => r.responseId),
        rows.map((r) => r.month),
        rows.map((r) => r.from),
        rows.map((r) => r.organisationId),
        rows.map((r) => r.trust ?? null),
        rows.map((r) => r.value ?? null),
        rows.map((r) => r.contactFrequency ?? null),
        rows.map((r) => r.type ?? null),
        rows.map((r) => r.note ?? null),
      ],
    );
  }
}
