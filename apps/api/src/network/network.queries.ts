/*
 * Set-based reads of the partner network's own tables: the figures, map positions and served networks kept per month. Every statement
 * is narrowed to one system and one network (a place, or the whole system when placeId is null).
 */
import type { NetworkMetrics, NodeChange, Position } from '@stewardship/network';
import type { PartnerNetworkMapModel } from './models/partner-network-map.model';
import type { PartnerNetworkModel } from './models/partner-network.model';
import type { EntityManager } from 'typeorm';

/** The figures of a network as a whole, as kept. */
export type NetworkWideFigures = Pick<NetworkMetrics, 'density' | 'reciprocity'>;

export interface KeptMonth<T> {
  month: string;
  digest: string;
  respondentOrganisations: number;
  figures: T;
}

const NETWORK = 'system_id = $1 and place_id is not distinct from $2::uuid';

/** The whole figures kept for the given months (yyyy-mm) of a network, by month. */
export async function keptMetrics(db: EntityManager, systemId: string, placeId: string | null, months: readonly string[]): Promise<Map<string, KeptMonth<NetworkMetrics>>> {
  const rows: KeptMonth<NetworkMetrics>[] = await db.query(
    `select to_char(month, 'YYYY-MM') as month, digest, respondent_organisations as "respondentOrganisations", metrics as figures
       from network_metrics where ${NETWORK} and month = any($3::date[])`,
    [systemId, placeId, months.map((month) => `${month}-01`)],
  );
  return new Map(rows.map((row) => [row.month, row]));
}

/**
 * One partner's figures out of those kept for the months from `fromMonth` to `toMonth` (yyyy-mm) of a network, by
 * month: picked out in the database, so two years of a 1,000-partner network's figures stay there. `figures` is
 * null for a month the partner was not in.
 */
export async function keptPartnerMetrics(
  db: EntityManager,
  systemId: string,
  placeId: string | null,
  organisationId: string,
  fromMonth: string,
  toMonth: string,
): Promise<Map<string, KeptMonth<NodeChange | null>>> {
  const rows: KeptMonth<NodeChange | null>[] = await db.query(
    `select to_char(month, 'YYYY-MM') as month, digest, respondent_organisations as "respondentOrganisations",
            jsonb_path_query_first(metrics, '$.nodes[*] ? (@.id == $id)', jsonb_build_object('id', $3::text)) as figures
       from network_metrics where ${NETWORK} and month between $4::date and $5::date`,
    [systemId, placeId, organisationId, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return new Map(rows.map((row) => [row.month, row]));
}

/** The network-wide figures of a network (density and reciprocity), picked out of those kept for the months from `fromMonth` to `toMonth` (yyyy-mm), by month. */
export async function keptNetworkWideMetrics(
  db: EntityManager,
  systemId: string,
  placeId: string | null,
  fromMonth: string,
  toMonth: string,
): Promise<Map<string, KeptMonth<NetworkWideFigures>>> {
  const rows: KeptMonth<NetworkWideFigures>[] = await db.query(
    `select to_char(month, 'YYYY-MM') as month, digest, respondent_organisations as "respondentOrganisations",
            jsonb_build_object('density', metrics->'density', 'reciprocity', metrics->'reciprocity') as figures
       from network_metrics where ${NETWORK} and month between $3::date and $4::date`,
    [systemId, placeId, `${fromMonth}-01`, `${toMonth}-01`],
  );
  return new Map(rows.map((row) => [row.month, row]));
}

/** The kept map positions of a month (yyyy-mm) of a network, by partner; null when none are kept yet. */
export async function keptLayout(db: EntityManager, systemId: string, placeId: string | null, month: string): Promise<Map<string, Position> | null> {
  const [row]: { positions: Record<string, Position> }[] = await db.query(`select positions from network_layouts where ${NETWORK} and month = $3::date`, [
    systemId,
    placeId,
    `${month}-01`,
  ]);
  return row ? new Map(Object.entries(row.positions)) : null;
}

/**
 * The kept positions of the month nearest `month` (yyyy-mm) of a network, the earlier of two as near (so the month
 * before, when it is kept), to start a new month's layout from; an empty map when none is kept.
 */
export async function nearestLayout(db: EntityManager, systemId: string, placeId: string | null, month: string): Promise<Map<string, Position>> {
  const [row]: { positions: Record<string, Position> }[] = await db.query(
    `select positions from network_layouts where ${NETWORK} order by abs(month - $3::date), month limit 1`,
    [systemId, placeId, `${month}-01`],
  );
  return new Map(Object.entries(row?.positions ?? {}));
}

/** A part of the network kept for a month, with the digest of its inputs and the version of the data it was kept at (null: kept before versions were). */
export interface KeptNetworkPart<T> {
  digest: string;
  inputsVersion: string | null;
  part: T;
}

/** A reader of one part of the networks kept (a column of network_views) for a month (yyyy-mm); null when none is kept with that part. */
function keptNetworkPart<T>(column: 'network' | 'map') {
  return async (db: EntityManager, systemId: string, placeId: string | null, month: string): Promise<KeptNetworkPart<T> | null> => {
    const [row] = await db.query(
      `select digest, inputs_version::text as "inputsVersion", ${column} as part from network_views where ${NETWORK} and month = $3::date and ${column} is not null`,
      [systemId, placeId, `${month}-01`],
    );
    return row ?? null;
  };
}

/** The network kept as served for a month. */
export const keptNetwork = keptNetworkPart<Omit<PartnerNetworkModel, 'ratedMonths'>>('network');

/** The map's part of the network kept for a month, read without the whole (none for a network kept before maps were). */
export const keptNetworkMap = keptNetworkPart<Omit<PartnerNetworkMapModel, 'ratedMonths'>>('map');
