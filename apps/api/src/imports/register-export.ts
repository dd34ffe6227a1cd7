import { DECISION_OUTCOME_LABELS, type DecisionParticipation, FORUM_KIND_LABELS, ORGANISATION_KIND_LABELS, practiceByKey, ROLE_GROUP_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import { IMPORT_COLUMNS, ImportKind } from '@stewardship/register-import';
import Papa from 'papaparse';
import type { EntityManager } from 'typeorm';
import type { DecisionParticipantEntity } from '../decisions/decision-participant.entity';
import { currentVersions, participantsOf } from '../decisions/decisions.queries';
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

  // The log as it stands, oldest first so that a decision comes before those reopening it. The import takes one
  // evidence link, so the export gives the first; importing the export back adds nothing either way.
  decisions: async (db, systemId) => {
    const forumNames = new Map((await forumRegisterRows(db, systemId)).map((f) => [f.id, f.name]));
    const organisations = await organisationNames(db, systemId);
    const versions = await currentVersions(db, systemId, {}).orderBy('v.decided_on').addOrderBy('v.created_at').getMany();
    const reopenable = new Map(versions.map((v) => [v.decisionId, `${v.date} ${v.title}`]));
    const participantsByVersion = new Map<string, DecisionParticipantEntity[]>();
    for (const p of await participantsOf(db, versions.map((v) => v.id))) {
      const ofVersion = participantsByVersion.get(p.versionId);
      if (ofVersion) ofVersion.push(p);
      else participantsByVersion.set(p.versionId, [p]);
    }
    const named = (versionId: string, took: (p: DecisionParticipation) => boolean) =>
      (participantsByVersion.get(versionId) ?? [])
        .filter(took)
        .map((p) => organisations.get(p.organisationId) ?? '')
        .sort(byText)
        .join('; ');
    return versions.map((v) => ({
      forum: forumNames.get(v.forumId) ?? '',
      date: v.date,
      title: v.title,
      summary: v.summary,
      proposer: v.proposerId ? (organisations.get(v.proposerId) ?? null) : null,
      outcome: DECISION_OUTCOME_LABELS[v.outcome],
      outsideForum: yesNo(v.outsideForum),
      conflictSurfaced: yesNo(v.conflictSurfaced),
      practices: v.practices.map((key) => practiceByKey(key).number).sort().join('; '),
      reopens: v.reopensId ? (reopenable.get(v.reopensId) ?? null) : null,
      evidenceUrl: v.evidence[0]?.url ?? null,
      evidenceTitle: v.evidence[0]?.title ?? null,
      affected: named(v.id, (p) => p.affected),
      present: named(v.id, (p) => p.present),
      consulted: named(v.id, (p) => p.consulted),
      voted: named(v.id, (p) => p.vote),
      dissented: named(v.id, (p) => p.dissented),
      deputies: named(v.id, (p) => p.deputy && !p.delegatedAuthority),
      deputiesWithAuthority: named(v.id, (p) => p.delegatedAuthority),
    }));
  },
};
