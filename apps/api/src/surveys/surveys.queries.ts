/*
 * Set-based reads of the survey tables (rounds, invitations, responses, scores, ratings and the score counts). Single
 * rows go through the repositories in SurveysService; bulk writes through response-writer.ts. Every statement is
 * narrowed to one system.
 */
import type { EntityManager } from 'typeorm';
import type { ContactFrequency } from './models/survey-enums';

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

/**
 * The months (yyyy-mm) that have relationship ratings, newest first. A skip scan of the (system, month) index, one
 * probe per month, rather than reading every rating: a large system holds about 20,000 a month.
 */
export async function ratedMonths(db: EntityManager, systemId: string): Promise<string[]> {
  const rows: { month: string }[] = await db.query(
    `with recursive months as (
       select max(month) as month from relationship_ratings where system_id = $1
       union all
       select (select max(r.month) from relationship_ratings r where r.system_id = $1 and r.month < months.month) from months where months.month is not null
     )
     select to_char(month, 'YYYY-MM') as month from months where month is not null`,
    [systemId],
  );
  return rows.map((row) => row.month);
}

/** Where a month's survey round stands: none opened yet, open now, or closed (by hand, or its last day has passed). */
export type RoundState = 'NONE' | 'OPEN' | 'CLOSED';

export async function roundState(db: EntityManager, systemId: string, month: string): Promise<RoundState> {
  const [row]: { closed: boolean }[] = await db.query(
    `select (closed_at is not null or closes_at <= now()) as closed from survey_rounds where system_id = $1 and month = $2::date and opens_at <= now()`,
    [systemId, `${month}-01`],
  );
  return !row ? 'NONE' : row.closed ? 'CLOSED' : 'OPEN';
}

/** The newest month (yyyy-mm) whose survey round has closed, or null when none has. */
export async function latestClosedMonth(db: EntityManager, systemId: string): Promise<string | null> {
  const [{ month }]: [{ month: string | null }] = await db.query(
    `select to_char(max(month), 'YYYY-MM') as month from survey_rounds where system_id = $1 and opens_at <= now() and (closed_at is not null or closes_at <= now())`,
    [systemId],
  );
  return month;
}

/** One person's rating of a partner as the network reads it: who rated whom, how, and nothing else (never a note). */
export interface NetworkRatingRow {
  from: string;
  to: string;
  trust: number;
  value: number;
  contactFrequency: ContactFrequency;
}

/** Which ratings a month holds, as a short text that changes whenever one is added or removed (ratings are never edited). */
const RATINGS_DIGEST = `count(*)::text || '-' || sum(hashtextextended(r.id::text, 0))::text`;

/** The ratings of the months from $3 to $4 given and received among the partners in $2, in the system $1. */
const NETWORK_RATINGS = `
  from relationship_ratings r
  join partners f on f.id = r.from_organisation_id
  join partners t on t.id = r.to_organisation_id
 where r.system_id = $1 and r.month between $3::date and $4::date`;

/**
 * Each month's ratings from `fromMonth` to `toMonth` (yyyy-mm) given and received among `organisationIds` (a
 * network's partners), oldest month first, with a digest of them (see networkRatingDigests); months without ratings
 * are left out. The ratings travel as one JSON document naming partners by their position in `organisationIds`: at
 * 1,000 partners and 20,000 ratings a month a request reads several months, and short numbers parse far faster than
 * rows of UUIDs.
 */
export async function networkRatings(
  db: EntityManager,
  systemId: string,
  organisationIds: readonly string[],
  fromMonth: string,
  toMonth: string,
): Promise<{ month: string; digest: string; ratings: NetworkRatingRow[] }[]> {
  const [{ months }]: [{ months: [string, string, [number, number, number, number, ContactFrequency][]][] }] = await db.query(
    `with partners as (select id, (ordinality - 1)::int as i from unnest($2::uuid[]) with ordinality as p(id)),
     month_ratings as (
       select to_char(r.month, 'YYYY-MM') as month, ${RATINGS_DIGEST} as digest,
              json_agg(json_build_array(f.i, t.i, r.trust, r.value, r.contact_frequency)) as ratings
         ${NETWORK_RATINGS}
        group by r.month
     )
     select coalesce(json_agg(json_build_array(month, digest, ratings) order by month), '[]') as months from month_ratings`,
    [systemId, organisationIds, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return months.map(([month, digest, rows]) => ({
    month,
    digest,
    ratings: rows.map(([from, to, trust, value, contactFrequency]) => ({ from: organisationIds[from], to: organisationIds[to], trust, value, contactFrequency })),
  }));
}

/**
 * The digest of each month's ratings among `organisationIds` from `fromMonth` to `toMonth` (yyyy-mm), by month;
 * months without ratings are left out. The same digest as networkRatings gives, without reading the ratings out: it
 * tells whether figures kept for a month were computed from the ratings the month holds now.
 */
export async function networkRatingDigests(db: EntityManager, systemId: string, organisationIds: readonly string[], fromMonth: string, toMonth: string): Promise<Map<string, string>> {
  const rows: { month: string; digest: string }[] = await db.query(
    `with partners as (select id from unnest($2::uuid[]) as p(id))
     select to_char(r.month, 'YYYY-MM') as month, ${RATINGS_DIGEST} as digest ${NETWORK_RATINGS} group by r.month`,
    [systemId, organisationIds, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return new Map(rows.map((row) => [row.month, row.digest]));
}

/** One organisation's relationship ratings of one month, given and received, as counts and sums (never a note). */
export interface RatingTally {
  organisationId: string;
  /** Responses from the organisation that rated at least one partner. */
  givenRespondents: number;
  /** Distinct organisations those responses rated. */
  partnersRated: number;
  givenRatings: number;
  /** Responses that rated the organisation. */
  receivedRespondents: number;
  /** Distinct organisations those responses came from. */
  ratingOrganisations: number;
  receivedRatings: number;
  trustTotal: number;
  valueTotal: number;
}

/** A tally with the traits disclosure merges small partners by. */
export interface OrganisationRatingTally extends RatingTally {
  sector: string;
  kind: string;
}

/** Every organisation's tally for one month (yyyy-mm): only organisations that gave or received a rating. */
export function ratingTallies(db: EntityManager, systemId: string, month: string): Promise<RatingTally[]> {
  return db.query(
    `with month_ratings as (
       select response_id, from_organisation_id, to_organisation_id, trust, value
         from relationship_ratings where system_id = $1 and month = $2::date
     ), given as (
       select from_organisation_id as organisation_id, count(distinct response_id)::int as respondents,
              count(distinct to_organisation_id)::int as partners, count(*)::int as ratings
         from month_ratings group by from_organisation_id
     ), received as (
       select to_organisation_id as organisation_id, count(distinct response_id)::int as respondents,
              count(distinct from_organisation_id)::int as organisations, count(*)::int as ratings,
              sum(trust)::int as trust_total, sum(value)::int as value_total
         from month_ratings group by to_organisation_id
     )
     select coalesce(g.organisation_id, r.organisation_id) as "organisationId",
            coalesce(g.respondents, 0) as "givenRespondents", coalesce(g.partners, 0) as "partnersRated", coalesce(g.ratings, 0) as "givenRatings",
            coalesce(r.respondents, 0) as "receivedRespondents", coalesce(r.organisations, 0) as "ratingOrganisations", coalesce(r.ratings, 0) as "receivedRatings",
            coalesce(r.trust_total, 0) as "trustTotal", coalesce(r.value_total, 0) as "valueTotal"
       from given g full join received r on r.organisation_id = g.organisation_id`,
    [systemId, `${month}-01`],
  );
}
