// Data access: set-based SQL that reads a system's whole list of partners at once, for the register import (what rows
// match), the CSV export, the power figures and the partner network. Single partners are read through the repository in organisations.service.ts.
import type { PowerOrganisation } from '@stewardship/power';
import type { ImportContext } from '@stewardship/register-import';
import type { EntityManager } from 'typeorm';

export type OrganisationRegisterRow = ImportContext['organisations'][number];

/** Every partner of the system with the places it works in, archived ones marked, by name. */
export function organisationRegisterRows(db: EntityManager, systemId: string): Promise<OrganisationRegisterRow[]> {
  return db.query(
    `select o.id, o.name, o.ods_code as "odsCode", o.kind, o.sector, o.weight, o.external_id as "externalId", o.archived_at is not null as archived,
            coalesce(array_agg(op.place_id) filter (where op.place_id is not null), '{}') as "placeIds"
       from organisations o left join organisation_places op on op.organisation_id = o.id
      where o.system_id = $1
      group by o.id order by lower(o.name), o.id`,
    [systemId],
  );
}

/**
 * Every partner of the system (archived ones too: they may hold past seats or have proposed past decisions) in the
 * shape libs/power reads. The weight counts only for partners in use and, for a place, those that serve it: the
 * representation ratios compare seats with the weight of the partners the forums answer to.
 */
export async function powerOrganisations(db: EntityManager, systemId: string, placeId: string | null): Promise<PowerOrganisation[]> {
  const rows: { id: string; sector: string; weight: number | null }[] = await db.query(
    `select o.id, o.sector,
            case when o.archived_at is null and ($2::uuid is null or exists (select 1 from organisation_places op where op.organisation_id = o.id and op.place_id = $2::uuid))
                 then o.weight end as weight
       from organisations o where o.system_id = $1`,
    [systemId, placeId],
  );
  return rows.map(({ weight, ...organisation }) => (weight === null ? organisation : { ...organisation, weight }));
}

/** A partner as the partner network shows it. */
export interface NetworkPartner {
  id: string;
  name: string;
  sector: string;
  /** The places it serves. */
  placeIds: string[];
  archived: boolean;
}

/** The partners of a place's network (those that serve it), or of the whole system's (placeId null), archived too, by name. */
export function networkPartners(db: EntityManager, systemId: string, placeId: string | null): Promise<NetworkPartner[]> {
  return db.query(
    `select o.id, o.name, o.sector, o.archived_at is not null as archived,
            coalesce(array_agg(op.place_id order by op.place_id) filter (where op.place_id is not null), '{}') as "placeIds"
       from organisations o left join organisation_places op on op.organisation_id = o.id
      where o.system_id = $1
        and ($2::uuid is null or exists (select 1 from organisation_places own where own.organisation_id = o.id and own.place_id = $2::uuid))
      group by o.id order by lower(o.name), o.id`,
    [systemId, placeId],
  );
}
