import { DataSource } from 'typeorm';
import { ForumEntity } from '../../src/forums/forum.entity';
import { SeatEntity } from '../../src/forums/seat.entity';
import { PersonEntity } from '../../src/people/person.entity';
import { minimalPdf } from './documents';
import { createSystem, FixtureSystem, PASSWORD } from './fixtures';
import { TestApp } from './test-app';

const DAY = 86_400_000;

export interface PopulatedSystem extends FixtureSystem {
  /** The session cookie of the system's admin. */
  admin: string;
  people: PersonEntity[];
  /** A survey link token per person, from a round open now. */
  tokens: string[];
  roundId: string;
}

/**
 * A system with a row in every register, survey, scores, decision-log and claims table: two places (the place lead
 * leads the first), a partner and `peoplePerPlace` people in each, the first place's board with a seat and one
 * decision, a chart rebase, a dismissed rebase suggestion, a round open now that invites everyone, and a claim with
 * that decision linked, a document and a verdict, and a board pack the admin asked for. Every name starts with the system's name, so a response that
 * mentions another system's rows can be found by searching for it.
 */
export async function createPopulatedSystem(api: TestApp, name: string, peoplePerPlace = 1): Promise<PopulatedSystem> {
  const places = [`${name} North`, `${name} South`];
  const fixture = await createSystem(api.dataSource, name, places, [
    { name: `${name} Trust`, kind: 'ACUTE_TRUST', sector: 'NHS', places: [places[0]] },
    { name: `${name} Carers`, kind: 'VCSE', sector: 'VCSE', places: [places[1]] },
  ]);
  const systemId = fixture.system.id;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const people = await api.dataSource.getRepository(PersonEntity).save(
    fixture.organisations.flatMap((organisation, o) =>
      Array.from({ length: peoplePerPlace }, (_, i) => ({
        systemId, name: `${name} Respondent ${o}.${i}`, email: `respondent-${o}-${i}@${slug}.test`, organisationId: organisation.id,
        roleGroup: o === 0 ? 'CLINICAL' : 'VCSE', externalId: null, archivedAt: null,
      })),
    ) as PersonEntity[],
  );
  const forum = await api.dataSource.getRepository(ForumEntity).save({ systemId, name: `${name} Board`, kind: 'PLACE_BOARD', placeId: fixture.placeIds[places[0]], externalId: null, archivedAt: null } as ForumEntity);
  await api.dataSource.getRepository(SeatEntity).save({ systemId, forumId: forum.id, organisationId: fixture.organisations[0].id, voting: true, chair: false, from: '2025-01-01', to: null } as SeatEntity);
  // A rebase of a chart and a dismissed suggestion, each in the system's own words.
  const view = [systemId, 'SHARED_PURPOSE', '2026-01-01'];
  await api.dataSource.query(`insert into score_rebases (system_id, practice, month, reason) values ($1, $2, $3, $4)`, [...view, `${name} rebase reason`]);
  await api.dataSource.query(`insert into score_rebase_dismissals (system_id, practice, month) values ($1, $2, $3)`, view);
  const admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
  const opened = await api.graphql(
    'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id } links { url } } }',
    { i: { month: new Date().toISOString().slice(0, 7), opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: people.map((p) => p.id) } },
    admin,
  );
  if (opened.errors) throw new Error(`opening a round in ${name} failed: ${JSON.stringify(opened.errors)}`);
  const tokens = opened.data?.['openSurveyRound'].links.map((l: { url: string }) => l.url.split('/survey/')[1]);
  const decision = await api.graphql(
    'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }',
    {
      i: {
        forumId: forum.id, date: '2026-01-15', title: `${name} pooled budget`, summary: `${name} agreed to pool the falls budget.`, proposerId: fixture.organisations[0].id, outcome: 'AGREED',
        participants: fixture.organisations.map((organisation) => ({ organisationId: organisation.id, affected: true, present: true, vote: true })),
      },
    },
    admin,
  );
  if (decision.errors) throw new Error(`recording a decision in ${name} failed: ${JSON.stringify(decision.errors)}`);
  await addClaim(api, fixture, admin, decision.data?.['recordDecision'].id, name);
  // A board pack the admin asked for, made (its PDF names the system, as a real one's cover does).
  await api.dataSource.query(
    `insert into board_packs (system_id, month, requested_by, status, attempts, finished_at, pdf)
     select $1, date_trunc('month', now()), u.id, 'DONE', 1, now(), $3 from users u where u.email = $2`,
    [systemId, fixture.users.ADMIN, minimalPdf(`${name} board pack`)],
  );
  return { ...fixture, admin, people, tokens, roundId: opened.data?.['openSurveyRound'].round.id };
}

/** A claim about the first place naming the second partner, with the decision linked, a document and a leader's verdict. */
async function addClaim(api: TestApp, fixture: FixtureSystem, admin: string, decisionId: string, name: string): Promise<void> {
  const [place] = Object.values(fixture.placeIds);
  const recorded = await api.graphql(
    'mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }',
    {
      i: {
        text: `${name} says power is now shared fairly`, sourceTitle: `${name} board paper`, madeById: fixture.organisations[0].id, madeByRole: 'Chief executive',
        madeOn: '2026-02-01', from: '2025-08-01', to: '2026-01-31', practices: ['SHARING_POWER'], direction: 'fair', placeId: place, partnerIds: [fixture.organisations[1].id],
      },
    },
    admin,
  );
  const claimId = recorded.data?.['recordClaim'].id;
  const linked = await api.graphql('mutation($i: ClaimEvidenceInput!) { linkClaimEvidence(input: $i) { id } }', { i: { claimId, kind: 'DECISION', decisionId, note: `${name} note` } }, admin);
  const attached = await api.graphql(
    'mutation($i: ClaimDocumentInput!) { attachClaimDocument(input: $i) { id } }',
    { i: { claimId, fileName: `${name} paper.pdf`, contentBase64: minimalPdf(name).toString('base64') } },
    admin,
  );
  const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
  const reviewed = await api.graphql('mutation($c: ID!, $r: String) { reviewClaim(claimId: $c, verdict: partlySupported, accept: false, reason: $r) { id } }', { c: claimId, r: `${name} reason` }, leader);
  const failed = [recorded, linked, attached, reviewed].find((result) => result.errors);
  if (failed) throw new Error(`adding a claim to ${name} failed: ${JSON.stringify(failed.errors)}`);
}

/** Tables that hold a system's rows: those with a `system_id` column (and `systems` itself). */
export async function systemTables(dataSource: DataSource): Promise<{ name: string; hasId: boolean }[]> {
  return dataSource.query(
    `select c.table_name as name, exists (select 1 from information_schema.columns i where i.table_schema = 'public' and i.table_name = c.table_name and i.column_name = 'id') as "hasId"
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'system_id' and t.table_type = 'BASE TABLE' order by c.table_name`,
  );
}

/** Every UUID of every row that belongs to the system, and the system's own (a serial number names nothing by itself). */
export async function idsOfSystem(dataSource: DataSource, systemId: string): Promise<string[]> {
  const tables = (await systemTables(dataSource)).filter((t) => t.hasId);
  const union = tables.map((t) => `select id::text as id from "${t.name}" where system_id = $1`).join(' union all ');
  const rows: { id: string }[] = await dataSource.query(`${union} union all select id::text from systems where id = $1`, [systemId]);
  return rows.map((r) => r.id).filter((id) => id.length === 36);
}

/** One id per kind of row in the system, keyed by table name (`places`, `survey_rounds`). */
export async function oneIdPerTable(dataSource: DataSource, systemId: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const table of (await systemTables(dataSource)).filter((t) => t.hasId)) {
    const [row] = await dataSource.query(`select id::text as id from "${table.name}" where system_id = $1 order by id limit 1`, [systemId]);
    if (row) ids[table.name] = row.id;
  }
  return ids;
}

/** The table of the rows an entity names: `Place` → places, `SurveyRound` → survey_rounds, `Invitation` → survey_invitations. */
export function tableOfEntity(entity: string, tables: string[]): string | undefined {
  const snake = entity.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
  const plural = snake.endsWith('person') ? `${snake.slice(0, -'person'.length)}people` : `${snake}s`;
  return tables.find((t) => t === plural) ?? tables.find((t) => t.endsWith(`_${plural}`));
}
