/*
 * The review's own tables: the figures kept per system, place and month, and the counters of changes to their
 * inputs (maintained by triggers, see migration 1765300000000-review-snapshots). Set-based SQL, one statement each.
 */
import type { EntityManager } from 'typeorm';
import type { ReviewFigures } from './review-figures';

export interface KeptReview {
  /** The inputs' version now (a sum of counters, as text: bigint). */
  currentVersion: string;
  /** The figures kept and the version and round state they were computed at; null when none are kept. */
  kept: { inputsVersion: string; roundState: string; figures: ReviewFigures; computedAt: Date } | null;
}

/**
 * The kept figures of a review (a place's, or the whole system's when placeId is null) beside the version of its
 * inputs now: the sum of the counters of the months up to the month reviewed, its data never being later.
 */
export async function keptReview(db: EntityManager, systemId: string, placeId: string | null, month: string): Promise<KeptReview> {
  const [row]: { currentVersion: string; inputsVersion: string | null; roundState: string | null; figures: ReviewFigures | null; computedAt: Date | null }[] = await db.query(
    `select (select coalesce(sum(version), 0)::text from review_input_versions where system_id = $1 and month <= $3::date) as "currentVersion",
            s.inputs_version::text as "inputsVersion", s.round_state as "roundState", s.figures, s.computed_at as "computedAt"
       from (select 1) as one
       left join review_snapshots s on s.system_id = $1 and s.place_id is not distinct from $2::uuid and s.month = $3::date`,
    [systemId, placeId, `${month}-01`],
  );
  const kept = row.figures && row.inputsVersion !== null && row.roundState !== null && row.computedAt !== null
    ? { inputsVersion: row.inputsVersion, roundState: row.roundState, figures: row.figures, computedAt: row.computedAt }
    : null;
  return { currentVersion: row.currentVersion, kept };
}

/** Keeps a review's figures with the version and round state they were computed at, replacing any kept before; when they were kept. */
export async function keepReview(
  db: EntityManager,
  systemId: string,
  placeId: string | null,
  month: string,
  inputsVersion: string,
  roundState: string,
  figures: ReviewFigures,
): Promise<Date> {
  const [row]: { computedAt: Date }[] = await db.query(
    `insert into review_snapshots (system_id, place_id, month, inputs_version, round_state, figures) values ($1, $2::uuid, $3::date, $4::bigint, $5, $6::json)
     on conflict (system_id, place_id, month) do update
       set inputs_version = excluded.inputs_version, round_state = excluded.round_state, figures = excluded.figures, computed_at = clock_timestamp()
     returning computed_at as "computedAt"`,
    [systemId, placeId, `${month}-01`, inputsVersion, roundState, JSON.stringify(figures)],
  );
  return row.computedAt;
}
