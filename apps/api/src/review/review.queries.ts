/*
 * The review's own table: the figures kept per system, place and month with the version of their inputs they were
 * computed at (InputVersionsService). Set-based SQL, one statement each.
 */
import type { EntityManager } from 'typeorm';
import type { ReviewFigures } from './review-figures';

/** A review's figures as kept, with the version of their inputs (as text: bigint) and the round state they were computed at. */
export interface KeptReview {
  inputsVersion: string;
  roundState: string;
  figures: ReviewFigures;
  computedAt: Date;
}

/** The kept figures of a review of a month (yyyy-mm): a place's, or the whole system's when placeId is null; null when none are kept. */
export async function keptReview(db: EntityManager, systemId: string, placeId: string | null, month: string): Promise<KeptReview | null> {
  const [row]: KeptReview[] = await db.query(
    `select inputs_version::text as "inputsVersion", round_state as "roundState", figures, computed_at as "computedAt"
       from review_snapshots where system_id = $1 and place_id is not distinct from $2::uuid and month = $3::date`,
    [systemId, placeId, `${month}-01`],
  );
  return row ?? null;
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
