/*
 * Writes of the partner network's own tables. Two replicas may compute the same month at once: figures are upserted
 * (the same inputs give the same figures, so either write is right) and a layout is inserted only if none is kept,
 * the loser reading the winner's, so every replica shows the same map.
 */
import type { NetworkMetrics, Position } from '@stewardship/network';
import type { EntityManager } from 'typeorm';
import type { PartnerNetworkMapModel } from './models/partner-network-map.model';
import type { PartnerNetworkModel } from './models/partner-network.model';

/** Keeps each month's figures with the digest of their inputs, replacing figures kept under another digest. */
export async function keepMetrics(
  db: EntityManager,
  systemId: string,
  placeId: string | null,
  months: readonly { month: string; digest: string; respondentOrganisations: number; metrics: NetworkMetrics }[],
): Promise<void> {
  if (!months.length) return;
  await db.query(
    `insert into network_metrics (system_id, place_id, month, digest, respondent_organisations, metrics)
     select $1, $2::uuid, (x.month || '-01')::date, x.digest, x.respondent_organisations, x.metrics
       from jsonb_to_recordset($3::jsonb) as x(month text, digest text, respondent_organisations int, metrics jsonb)
     on conflict (system_id, place_id, month) do update
        set digest = excluded.digest, respondent_organisations = excluded.respondent_organisations, metrics = excluded.metrics, computed_at = clock_timestamp()
      where network_metrics.digest <> excluded.digest`,
    [systemId, placeId, JSON.stringify(months.map(({ month, digest, respondentOrganisations, metrics }) => ({ month, digest, respondent_organisations: respondentOrganisations, metrics })))],
  );
}

/**
 * Keeps a month's layout unless one is kept already; then adds positions only for partners it lacks (ones that
 * joined the network since), leaving every kept position where it was. Returns the positions now kept.
 */
export async function keepLayout(db: EntityManager, systemId: string, placeId: string | null, month: string, positions: ReadonlyMap<string, Position>): Promise<Map<string, Position>> {
  const [row]: { positions: Record<string, Position> }[] = await db.query(
    `insert into network_layouts as kept (system_id, place_id, month, positions) values ($1, $2::uuid, $3::date, $4::jsonb)
     on conflict (system_id, place_id, month) do update set positions = excluded.positions || kept.positions
     returning kept.positions`,
    [systemId, placeId, `${month}-01`, JSON.stringify(Object.fromEntries(positions))],
  );
  return new Map(Object.entries(row.positions));
}

/**
 * Keeps a month's network as served, and its map's part, with the digest of their inputs and the version of the data
 * they were built at, replacing ones kept under another digest or without a map.
 */
export async function keepNetwork(
  db: EntityManager,
  systemId: string,
  placeId: string | null,
  month: string,
  kept: { digest: string; inputsVersion: string },
  network: Omit<PartnerNetworkModel, 'ratedMonths'>,
  map: Omit<PartnerNetworkMapModel, 'ratedMonths'>,
): Promise<void> {
  await db.query(
    `insert into network_views (system_id, place_id, month, digest, inputs_version, network, map) values ($1, $2::uuid, $3::date, $4, $5::bigint, $6::json, $7::json)
     on conflict (system_id, place_id, month) do update
        set digest = excluded.digest, inputs_version = excluded.inputs_version, network = excluded.network, map = excluded.map, computed_at = clock_timestamp()
      where network_views.digest <> excluded.digest or network_views.map is null`,
    [systemId, placeId, `${month}-01`, kept.digest, kept.inputsVersion, JSON.stringify(network), JSON.stringify(map)],
  );
}

/** Stamps the month's kept network, if still the one with this digest, as holding at the data's version `inputsVersion`. */
export async function stampNetwork(db: EntityManager, systemId: string, placeId: string | null, month: string, digest: string, inputsVersion: string): Promise<void> {
  await db.query(
    `update network_views set inputs_version = $5::bigint where system_id = $1 and place_id is not distinct from $2::uuid and month = $3::date and digest = $4`,
    [systemId, placeId, `${month}-01`, digest, inputsVersion],
  );
}
