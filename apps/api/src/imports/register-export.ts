import { FORUM_KIND_LABELS, ORGANISATION_KIND_LABELS, ROLE_GROUP_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { IMPORT_COLUMNS, ImportKind } from '@stewardship/register-import';
import Papa from 'papaparse';
import type { EntityManager } from 'typeorm';
import { forumRegisterRows, seatRegisterRows } from '../forums/forums.queries';
import { organisationRegisterRows } from '../organisations/organisations.queries';
import { personRegisterRows } from '../people/people.queries';
import { placeRegisterRows } from '../places/places.queries';

type Row = Record<string, string | number | null>;

/**
 * Each register list as CSV in the import template's columns, so an export can be edited and imported back.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ …) are prefixed with ' by papaparse's escapeFormulae.
 */
export async function exportRegisterCsv(db: EntityManager, systemId: string, kind: ImportKind): Promise<string> {
  const rows = await ROWS[kind](db, systemId);
  const columns = IMPORT_COLUMNS[kind];
  return Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => row[c.key] ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });
const current = <T extends { archived: boolean }>(rows: T[]) => rows.filter((row) => !row.archived);
/** How an import row names a partner: its ODS code where it has one, else its name. */
const organisationNames = async (db: EntityManager, systemId: string) =>
  new Map((await organisationRegisterRows(db, systemId)).map((o) => [o.id, o.odsCode ?? o.name]));

/** Each list's current rows in its import columns, read through the owning area's queries. */
const ROWS: Record<ImportKind, (db: EntityManager, systemId: string) => Promise<Row[]>> = {
  places: async (db, systemId) =>
    current(await placeRegisterRows(db, systemId)).map((p) => ({ externalId: p.externalId, name: p.name, localAuthority: p.localAuthority, onsCode: p.onsCode })),

  organisations: async (db, systemId) => {
    const placeNames = new Map((await placeRegisterRows(db, systemId)).map((p) => [p.id, p.name]));
    return current(await organisationRegisterRows(db, systemId)).map((o) => ({
      externalId: o.externalId,
      name: o.name,
      odsCode: o.odsCode,
      kind: ORGANISATION_KIND_LABELS[o.kind],
      sector: SECTOR_LABELS[o.sector],
      weight: o.weight,
      places: o.placeIds.map((id) => placeNames.get(id) ?? '').sort(byText).join('; '),
    }));
  },

  forums: async (db, systemId) => {
    const placeNames = new Map((await placeRegisterRows(db, systemId)).map((p) => [p.id, p.name]));
    const organisations = await organisationNames(db, systemId);
    const seats = await seatRegisterRows(db, systemId);
    return current(await forumRegisterRows(db, systemId)).flatMap((forum) =>
      seats
        .filter((seat) => seat.forumId === forum.id)
        .map((seat) => ({ seat, organisation: organisations.get(seat.organisationId) ?? '' }))
        .sort((a, b) => a.seat.from.localeCompare(b.seat.from) || byText(a.organisation, b.organisation))
        .map(({ seat, organisation }) => ({
          forumExternalId: forum.externalId,
          forum: forum.name,
          forumKind: FORUM_KIND_LABELS[forum.kind],
          forumPlace: forum.placeId ? (placeNames.get(forum.placeId) ?? null) : null,
          organisation,
          voting: yesNo(seat.voting),
          chair: yesNo(seat.chair),
          from: seat.from,
          to: seat.to,
        })),
    );
  },

  people: async (db, systemId) => {
    const organisations = await organisationNames(db, systemId);
    return current(await personRegisterRows(db, systemId)).map((p) => ({
      externalId: p.externalId,
      name: p.name,
      email: p.email,
      organisation: organisations.get(p.organisationId) ?? '',
      roleGroup: ROLE_GROUP_LABELS[p.roleGroup],
    }));
  },
};
