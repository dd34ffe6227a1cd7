/*
 * Set-based reads of the survey tables (rounds, invitations, responses, scores, ratings and the score counts). Single
 * rows go through the repositories in SurveysService; bulk writes through response-writer.ts. Every statement is
 * narrowed to one system.
 */
import type { EntityManager } from 'typeorm';

/** Invitations and responses per round. */
export async function roundTallies(db: EntityManager, systemId: string, roundIds: string[]): Promise<Map<string, { invitations: number; responses: number }>> {
  const rows: { round_id: string; invitations: number; responses: number }[] = await db.query(
    `select r.id as round_id,
            (select count(*) from survey_invitations i where i.round_id = r.id)::int as invitations,
            (select count(*) from survey_responses s where s.round_id = r.id)::int as responses
       from survey_rounds r where r.system_id = $1 and r.id = any($2)`,
    [systemId, roundIds],
  );
  return new Map(rows.map((row) => [row.round_id, { invitations: row.invitations, responses: row.responses }]));
}

/** The system a survey link belongs to, found by its token's hash (the respondent's only key), or null. */
export async function systemOfInvitation(db: EntityManager, tokenHash: string): Promise<string | null> {
  const [row] = await db.query('select system_id from survey_invitations where token_hash = $1', [tokenHash]);
  return row?.system_id ?? null;
}

/** The month (yyyy-mm) of the latest round that has opened, or this month when none has. */
export async function latestOpenedMonth(db: EntityManager, systemId: string): Promise<string> {
  const [{ latest }] = await db.query(
    `select to_char(coalesce(max(month), date_trunc('month', now())), 'YYYY-MM') as latest from survey_rounds where system_id = $1 and opens_at <= now()`,
    [systemId],
  );
  return latest;
}

/** How many respondents of one place set, sector and role group gave each answer, for one month and question. */
export interface ScoreCell {
  month: string;
  /** A practice's or a summary question's key. */
  question: string;
  sector: string;
  roleGroup: string;
  placeIds: string[];
  /** Respondents who scored 1, 2, 3, 4 and 5. */
  distribution: number[];
}

/** Where each kind of answer is counted, and the column naming its question. */
const COUNT_TABLES = {
  practices: { table: 'practice_score_counts', question: 'practice' },
  summaryQuestions: { table: 'summary_answer_counts', question: 'question' },
} as const;

/**
 * Every cell of the months from `fromMonth` to `toMonth` (yyyy-mm) from one counts table: the practice scores' or
 * the summary answers'. The cells travel as one JSON document: the scores page reads ~12,000 of them per request at
 * 1,000 partners, and one native JSON.parse is several times faster than the driver parsing as many rows of arrays.
 */
export async function scoreCells(db: EntityManager, kind: keyof typeof COUNT_TABLES, systemId: string, fromMonth: string, toMonth: string): Promise<ScoreCell[]> {
  const { table, question } = COUNT_TABLES[kind];
  const [{ cells }]: [{ cells: [string, string, string, string, string[], number[]][] }] = await db.query(
    `select coalesce(json_agg(json_build_array(to_char(month, 'YYYY-MM'), ${question}, sector, role_group, place_ids, counts)), '[]') as cells
       from ${table}
      where system_id = $1 and month between $2::date and $3::date`,
    [systemId, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return cells.map(([month, question, sector, roleGroup, placeIds, distribution]) => ({ month, question, sector, roleGroup, placeIds, distribution }));
}
