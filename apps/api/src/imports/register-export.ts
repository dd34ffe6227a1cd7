import { FORUM_KIND_LABELS, ORGANISATION_KIND_LABELS, ROLE_GROUP_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { IMPORT_COLUMNS, ImportKind } from '@stewardship/register-import';
import Papa from 'papaparse';
import { EntityManager } from 'typeorm';

type Row = Record<string, string | number | null>;

/**
 * Each register list as CSV in the import template's columns, so an export can be edited and imported back.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ …) are prefixed with ' by papaparse's escapeFormulae.
 */
export async function exportRegisterCsv(db: EntityManager, systemId: string, kind: ImportKind): Promise<string> {
  const rows = await ROW_QUERIES[kind](db, systemId);
  const columns = IMPORT_COLUMNS[kind];
  return Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => row[c.key] ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const ROW_QUERIES: Record<ImportKind, (db: EntityManager, systemId: string) => Promise<Row[]>> = {
  places: (db, systemId) =>
    db.query(
      `select external_id as "externalId", name, local_authority as "localAuthority", ons_code as "onsCode"
         from places where system_id = $1 and archived_at is null order by lower(name)`,
      [systemId],
    ),

  organisations: async (db, systemId) => {
    const rows: (Row & { kind: string; sector: string })[] = await db.query(
      `select o.external_id as "externalId", o.name, o.ods_code as "odsCode", o.kind, o.sector, o.weight,
              coalesce(string_agg(p.name, '; ' order by p.name), '') as places
         from organisations o
         left join organisation_places op on op.organisation_id = o.id
         left join places p on p.id = op.place_id
        where o.system_id = $1 and o.archived_at is null
        group by o.id order by lower(o.name)`,
      [systemId],
    );
    return rows.map((r) => ({ ...r, kind: ORGANISATION_KIND_LABELS[r.kind as keyof typeof ORGANISATION_KIND_LABELS], sector: SECTOR_LABELS[r.sector as keyof typeof SECTOR_LABELS] }));
  },

  forums: async (db, systemId) => {
    const rows: (Row & { forumKind: string; voting: boolean; chair: boolean })[] = await db.query(
      `select f.external_id as "forumExternalId", f.name as forum, f.kind as "forumKind", p.name as "forumPlace",
              coalesce(o.ods_code, o.name) as organisation, s.voting, s.chair,
              to_char(s.from_date, 'YYYY-MM-DD') as "from", to_char(s.to_date, 'YYYY-MM-DD') as "to"
         from seats s join forums f on f.id = s.forum_id join organisations o on o.id = s.organisation_id
         left join places p on p.id = f.place_id
        where s.system_id = $1 and f.archived_at is null
        order by lower(f.name), s.from_date, lower(o.name)`,
      [systemId],
    );
    return rows.map((r) => ({ ...r, forumKind: FORUM_KIND_LABELS[r.forumKind as keyof typeof FORUM_KIND_LABELS], voting: yesNo(r.voting), chair: yesNo(r.chair) }));
  },

  people: async (db, systemId) => {
    const rows: (Row & { roleGroup: string })[] = await db.query(
      `select pe.external_id as "externalId", pe.name, pe.email, coalesce(o.ods_code, o.name) as organisation, pe.role_group as "roleGroup"
         from people pe join organisations o on o.id = pe.organisation_id
        where pe.system_id = $1 and pe.archived_at is null order by lower(pe.name), pe.email`,
      [systemId],
    );
    return rows.map((r) => ({ ...r, roleGroup: ROLE_GROUP_LABELS[r.roleGroup as keyof typeof ROLE_GROUP_LABELS] }));
  },
};
