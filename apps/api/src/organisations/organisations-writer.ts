// Data access: set-based SQL for bulk writes (one statement per table), inside the caller's transaction. Single
// organisations are written through the repository in organisations.service.ts.
import { EntityManager } from 'typeorm';
import { BulkTable, textColumn } from '../common/bulk-table';

/** What a bulk write sets on an organisation (its places are linked separately). */
export interface OrganisationRow {
  name: string;
  odsCode: string | null;
  kind: string;
  sector: string;
  weight: number | null;
  externalId: string | null;
}

/** Organisations written in bulk, by the register import and the demo loader. */
export const organisationsWriter = new BulkTable<OrganisationRow>(
  'organisations',
  {
    name: textColumn('name'),
    odsCode: textColumn('ods_code'),
    kind: textColumn('kind'),
    sector: textColumn('sector'),
    weight: { column: 'weight', type: 'float8' },
    externalId: textColumn('external_id'),
  },
  { archivable: true },
);

/** Links new organisations to their places: one statement for any number of organisations. */
export async function linkOrganisationPlaces(tx: EntityManager, systemId: string, organisations: readonly { id: string; placeIds: readonly string[] }[]): Promise<void> {
  const links = organisations.flatMap((o) => o.placeIds.map((placeId) => ({ organisationId: o.id, placeId })));
  if (!links.length) return;
  await tx.query(`insert into organisation_places (organisation_id, place_id, system_id) select o, p, $1 from unnest($2::uuid[], $3::uuid[]) as l(o, p)`, [
    systemId,
    links.map((l) => l.organisationId),
    links.map((l) => l.placeId),
  ]);
}

/** Makes each existing organisation's places exactly the given ones. */
export async function replaceOrganisationPlaces(tx: EntityManager, systemId: string, organisations: readonly { id: string; placeIds: readonly string[] }[]): Promise<void> {
  if (!organisations.length) return;
  await tx.query('delete from organisation_places where system_id = $1 and organisation_id = any($2)', [systemId, organisations.map((o) => o.id)]);
  await linkOrganisationPlaces(tx, systemId, organisations);
}
