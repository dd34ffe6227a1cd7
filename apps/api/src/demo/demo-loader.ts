// Writes a generated demo system through the areas' own writers (register, surveys, decisions): used by the standard
// demo at start-up (DemoDataService), by `npm run demo:large` (tools/demo/load-large.ts), by the bench and the tests.
import { PRACTICE_KEYS } from '@stewardship/domain';
import {
  DEMO_PASSWORD,
  generateDemoDecisions,
  generateDemoSurveyMonths,
  generateDemoSystem,
  type DemoDecision,
  type DemoPracticeResponse,
  type DemoRelationshipRating,
  type DemoScale,
  type DemoStaffResponse,
  type DemoSurveyMonth,
  type DemoSystem,
} from '@stewardship/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/auth.service';
import { MembershipEntity } from '../auth/membership.entity';
import { UserEntity } from '../auth/user.entity';
import { DecisionWriter } from '../decisions/decision-writer';
import { forumsWriter, seatsWriter } from '../forums/forums-writer';
import { linkOrganisationPlaces, organisationsWriter } from '../organisations/organisations-writer';
import { peopleWriter } from '../people/people-writer';
import { placesWriter } from '../places/places-writer';
import { ResponseToWrite, ResponseWriter } from '../surveys/response-writer';
import { SystemEntity } from '../systems/system.entity';

/** The ids the demo's rows were given, by the keys the generators name them by. */
export interface DemoIds {
  systemId: string;
  userIdByRole: Map<string, string>;
  organisationIdByKey: Map<string, string>;
  placeIdByKey: Map<string, string>;
  forumIdByKey: Map<string, string>;
}

/** Survey responses are written this many at a time (each with six scores and its ratings: about 40,000 rows). */
export const RESPONSE_BATCH = 5_000;
/** Decisions are written this many at a time (each with its members' participation: about 50,000 rows). */
export const DECISION_BATCH = 5_000;

/**
 * The demo's register in the caller's transaction: the system (named `systemName`, default the demo's own), places,
 * partners and the places they serve, forums, seats, people, and the demo accounts with their memberships (an
 * account already there, from another system, is reused).
 */
export async function writeDemoRegister(tx: EntityManager, demo: DemoSystem, systemName = demo.system.name): Promise<DemoIds> {
  const system = await tx.getRepository(SystemEntity).save({ ...demo.system, name: systemName });
  const placeIds = await placesWriter.insert(tx, system.id, demo.places.map((p) => ({ ...p, externalId: null })));
  const placeIdByKey = new Map(demo.places.map((p, i) => [p.key, placeIds[i]]));
  const organisationIds = await organisationsWriter.insert(tx, system.id, demo.organisations.map((o) => ({ ...o, externalId: null })));
  await linkOrganisationPlaces(tx, system.id, demo.organisations.map((o, i) => ({ id: organisationIds[i], placeIds: o.placeKeys.map((key) => placeIdByKey.get(key) as string) })));
  const organisationIdByKey = new Map(demo.organisations.map((o, i) => [o.key, organisationIds[i]]));
  const forumIds = await forumsWriter.insert(tx, system.id, demo.forums.map((f) => ({ ...f, placeId: f.placeKey ? (placeIdByKey.get(f.placeKey) as string) : null, externalId: null })));
  const forumIdByKey = new Map(demo.forums.map((f, i) => [f.key, forumIds[i]]));
  await seatsWriter.insert(
    tx,
    system.id,
    demo.seats.map((seat) => ({ ...seat, forumId: forumIdByKey.get(seat.forumKey) as string, organisationId: organisationIdByKey.get(seat.organisationKey) as string })),
  );
  await peopleWriter.insert(tx, system.id, demo.people.map((person) => ({ ...person, organisationId: organisationIdByKey.get(person.organisationKey) as string, externalId: null })));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIdByRole = new Map<string, string>();
  for (const demoUser of demo.users) {
    const user =
      (await tx.getRepository(UserEntity).findOneBy({ email: demoUser.email })) ??
      (await tx.getRepository(UserEntity).save({ email: demoUser.email, displayName: demoUser.displayName, passwordHash }));
    userIdByRole.set(demoUser.role, user.id);
    await tx.getRepository(MembershipEntity).insert({
      userId: user.id,
      systemId: system.id,
      role: demoUser.role,
      placeId: demoUser.placeKey ? (placeIdByKey.get(demoUser.placeKey) as string) : null,
    });
  }
  return { systemId: system.id, userIdByRole, organisationIdByKey, placeIdByKey, forumIdByKey };
}

/**
 * One month of the survey in the caller's transaction: its closed round, then its responses RESPONSE_BATCH at a
 * time through the surveys area's writer (which keeps the answer counts). Demo responses, like real ones, carry
 * organisation, sector, places and role group, and nothing naming the person.
 */
export async function writeDemoSurveyMonth(tx: EntityManager, demo: DemoSystem, ids: DemoIds, month: DemoSurveyMonth, batch = RESPONSE_BATCH): Promise<void> {
  const writer = new ResponseWriter(tx, ids.systemId);
  const roundId = await writer.insertRound(`${month.round.month}-01`, month.round.opensOn, month.round.closesOn);
  const people = new Map(demo.people.map((p) => [p.key, p]));
  const organisations = new Map(demo.organisations.map((o) => [o.key, o]));
  const ratingsByPerson = new Map<string, DemoRelationshipRating[]>();
  for (const rating of month.ratings) {
    const list = ratingsByPerson.get(rating.personKey);
    if (list) list.push(rating);
    else ratingsByPerson.set(rating.personKey, [rating]);
  }
  const toWrite = (response: Omit<DemoPracticeResponse, 'personKey'>, organisationKey: string, roleGroup: string, ratings: readonly DemoRelationshipRating[]): ResponseToWrite => {
    const organisation = organisations.get(organisationKey)!;
    return {
      roundId,
      month: `${month.round.month}-01`,
      organisationId: ids.organisationIdByKey.get(organisation.key)!,
      sector: organisation.sector,
      roleGroup,
      placeIds: organisation.placeKeys.map((k) => ids.placeIdByKey.get(k)!),
      direction: response.direction,
      alignment: response.alignment,
      commitment: response.commitment,
      practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: response.scores[practice], comment: response.comments[practice] ?? null })),
      ratings: ratings.map((r) => ({ ...r, organisationId: ids.organisationIdByKey.get(r.organisationKey)! })),
    };
  };
  const rows: ResponseToWrite[] = [
    ...month.responses.map((response) => {
      const person = people.get(response.personKey)!;
      return toWrite(response, person.organisationKey, person.roleGroup, ratingsByPerson.get(response.personKey) ?? []);
    }),
    ...month.staffResponses.map((response: DemoStaffResponse) => toWrite(response, response.organisationKey, response.roleGroup, [])),
  ];
  for (let start = 0; start < rows.length; start += batch) await writer.write(rows.slice(start, start + batch));
}

/** Ids for the log's decisions, in order, and by key (a decision that reopens another needs the other's id). */
export async function reserveDemoDecisions(tx: EntityManager, systemId: string, decisions: readonly DemoDecision[]): Promise<Map<string, string>> {
  const ids = await new DecisionWriter(tx, systemId).newDecisions(decisions.length);
  return new Map(decisions.map((d, i) => [d.key, ids[i]]));
}

/**
 * Versions of reserved decisions in the caller's transaction, recorded by the demo leader: version 1 of each, then
 * the amendment of the few that have one.
 */
export async function writeDemoDecisionVersions(tx: EntityManager, ids: DemoIds, decisions: readonly DemoDecision[], decisionIdByKey: Map<string, string>): Promise<void> {
  const writer = new DecisionWriter(tx, ids.systemId);
  const leaderId = ids.userIdByRole.get('LEADER') as string;
  const recorded = decisions.map((d) => ({
    forumId: ids.forumIdByKey.get(d.forumKey)!,
    date: d.date,
    title: d.title,
    summary: d.summary,
    proposerId: d.proposerKey ? ids.organisationIdByKey.get(d.proposerKey)! : null,
    outsideForum: d.outsideForum,
    conflictSurfaced: d.conflictSurfaced,
    outcome: d.outcome,
    reopensId: (d.reopensKey && decisionIdByKey.get(d.reopensKey)) || null,
    practices: d.practices,
    evidence: d.evidence,
    participants: d.participants.map(({ organisationKey, ...participation }) => ({ organisationId: ids.organisationIdByKey.get(organisationKey)!, ...participation })),
  }));
  const idOf = (d: DemoDecision) => decisionIdByKey.get(d.key) as string;
  await writer.addVersions(recorded.map((decision, i) => ({ decisionId: idOf(decisions[i]), version: 1, decision, authorUserId: leaderId, reason: null })));
  await writer.addVersions(
    decisions.flatMap((d, i) => (d.amendment ? [{ decisionId: idOf(d), version: 2, decision: { ...recorded[i], outcome: d.amendment.outcome }, authorUserId: leaderId, reason: d.amendment.reason }] : [])),
  );
}

export interface LoadDemoOptions {
  scale?: DemoScale;
  seed?: number;
  /** Survey months to load, ending at the survey's last (default 24); fewer load a slice, as the tests do. */
  surveyMonths?: number;
  /** Decision months to load, the log's last ones (default all 36). */
  decisionMonths?: number;
  /** Connections writing at once (default 2): survey months and decision batches are independent of each other. */
  connections?: number;
  /** Told each stage as it ends. */
  log?: (line: string) => void;
}

export interface LoadDemoResult {
  loaded: boolean;
  systemName: string;
  /** What is in the database now (loaded by this call or an earlier one). */
  counts: { partners: number; forums: number; people: number; surveyResponses: number; ratings: number; decisions: number };
  seconds: number;
}

/** The database holds something that is not this demo system (the standard demo when loading the large one, say). */
export class DemoLoadRefused extends Error {}
/** An earlier load stopped part-way (its system still carries the loading name): start again on an empty database. */
export class DemoLoadIncomplete extends Error {}

/** While a load runs, the system carries this name; the last stage renames it, so a stopped load is never taken for a loaded one. */
export const loadingName = (name: string) => `${name} (loading)`;

/**
 * Loads a whole demo system (the large one takes about 4.6 million rows) unless it is there already, and returns what
 * the database holds. Stages, each its own transaction: the register and accounts; ids for the decision log; then the
 * survey a month at a time (generated as it goes, so memory stays small) and the decision versions in batches, on
 * `connections` connections at once; last, the system is renamed from its loading name, which marks the load
 * complete. Refuses (DemoLoadRefused) a database holding another system of the demo's name, e.g. the standard demo;
 * a load found stopped part-way is DemoLoadIncomplete. Claims are not loaded (the standard demo's start-up adds them
 * through the claims area).
 */
export async function loadDemoSystem(dataSource: DataSource, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const seconds = () => (performance.now() - started) / 1000;
  const stage = async <T>(name: string, run: () => Promise<T>, describe: (result: T) => string = () => ''): Promise<T> => {
    const at = performance.now();
    const result = await run();
    log(`${name}${describe(result) ? `: ${describe(result)}` : ''} (${((performance.now() - at) / 1000).toFixed(1)} s, ${seconds().toFixed(1)} s in all)`);
    return result;
  };
  const demo = generateDemoSystem({ seed: options.seed, scale: options.scale });
  const name = demo.system.name;

  const existing = await findDemoSystem(dataSource, name);
  if (existing?.name === loadingName(name)) {
    throw new DemoLoadIncomplete(`An earlier load of the demo system stopped part-way ("${existing.name}" is still there). Load it again into an empty database.`);
  }
  if (existing) {
    if (existing.partners !== demo.organisations.length) {
      throw new DemoLoadRefused(
        `This database already holds a demo system named "${name}" with ${existing.partners} partners, not the ${options.scale ?? 'standard'} one (${demo.organisations.length} partners). Load it into an empty database.`,
      );
    }
    log(`The ${options.scale ?? 'standard'} demo system "${name}" is already loaded: nothing to do.`);
    return { loaded: false, systemName: name, counts: await countRows(dataSource, existing.id), seconds: seconds() };
  }

  // The loader's rows refer only to rows it wrote itself, so a superuser skips PostgreSQL's row-by-row foreign-key
  // checks (session_replication_role = replica: most of a naive load's time) and checks every reference set-wise at
  // the end instead (checkDemoReferences). Another role loads with the checks on, slower.
  const [{ superuser }] = await dataSource.query(`select current_setting('is_superuser') = 'on' as superuser`);
  const transaction = <T>(run: (tx: EntityManager) => Promise<T>) =>
    dataSource.transaction(async (tx) => {
      if (superuser) await tx.query('set local session_replication_role = replica');
      return run(tx);
    });
  const allDecisions = await stage('Generated the decision log', async () => generateDemoDecisions(demo, { seed: options.seed }), (d) => `${d.length} decisions`);
  const firstDecisionMonth = monthsBefore(DEFAULT_LAST_MONTH, options.decisionMonths);
  const decisions = firstDecisionMonth ? allDecisions.filter((d) => d.date.slice(0, 7) >= firstDecisionMonth) : allDecisions;
  const ids = await stage(
    'Register',
    () => transaction((tx) => writeDemoRegister(tx, demo, loadingName(name))),
    () => `${demo.places.length} places, ${demo.organisations.length} partners, ${demo.forums.length} forums, ${demo.seats.length} seats, ${demo.people.length} people, ${demo.users.length} accounts`,
  );
  const decisionIdByKey = await stage('Decision ids', () => transaction((tx) => reserveDemoDecisions(tx, ids.systemId, decisions)), (m) => `${m.size} decisions`);

  // Independent tasks, each its own transaction, taken in turn by each connection: survey months (generated only when
  // a connection is free for them) and decision batches.
  const surveyMonths = generateDemoSurveyMonths(demo, { seed: options.seed, months: options.surveyMonths, decisions: allDecisions });
  const decisionBatches: DemoDecision[][] = [];
  for (let start = 0; start < decisions.length; start += DECISION_BATCH) decisionBatches.push(decisions.slice(start, start + DECISION_BATCH));
  let surveyDone = false;
  const nextTask = (turn: number): (() => Promise<void>) | null => {
    // Alternate, so survey generation (JavaScript) overlaps the database's work on decisions.
    const takeSurvey = !surveyDone && (turn % 2 === 0 || !decisionBatches.length);
    if (takeSurvey) {
      const next = surveyMonths.next();
      if (!next.done) {
        const month = next.value;
        return () =>
          stage(
            `Survey ${month.round.month}`,
            () => transaction((tx) => writeDemoSurveyMonth(tx, demo, ids, month)),
            () => `${month.responses.length + month.staffResponses.length} responses, ${month.ratings.length} ratings`,
          );
      }
      surveyDone = true;
    }
    const batch = decisionBatches.shift();
    if (batch) return () => stage(`Decisions ${batch[0].date} to ${batch[batch.length - 1].date}`, () => transaction((tx) => writeDemoDecisionVersions(tx, ids, batch, decisionIdByKey)), () => `${batch.length} decisions`);
    return surveyDone ? null : nextTask(0);
  };
  let turn = 0;
  const worker = async () => {
    for (let task = nextTask(turn++); task; task = nextTask(turn++)) await task();
  };
  await Promise.all(Array.from({ length: Math.max(1, options.connections ?? 2) }, worker));

  if (superuser) await stage('Checked every reference', () => checkDemoReferences(dataSource, ids.systemId));
  // Fresh statistics for the planner: without them, the first queries on millions of new rows pick nested loops
  // (the review's power figures took over a minute on the large demo before this, 4 s after).
  await stage('Analysed the new rows', () => dataSource.query('analyze').then(() => undefined));
  // Renaming the system also counts as a change to the inputs of every month's review (migration 1765300000000):
  // the load skipped the triggers that count them, so nothing computed while it ran is served afterwards.
  await stage('Marked complete', () => dataSource.query('update systems set name = $2 where id = $1', [ids.systemId, name]).then(() => undefined));
  const counts = await countRows(dataSource, ids.systemId);
  log(
    `Loaded the ${options.scale ?? 'standard'} demo system "${name}" in ${seconds().toFixed(1)} s: ${counts.partners} partners, ${counts.forums} forums, ${counts.people} people, ${counts.surveyResponses} survey responses, ${counts.ratings} relationship ratings, ${counts.decisions} decisions`,
  );
  return { loaded: true, systemName: name, counts, seconds: seconds() };
}

const DEFAULT_LAST_MONTH = '2026-10';

/** The first of the last `count` months ending at `last` (yyyy-mm), or null for all of them. */
function monthsBefore(last: string, count: number | undefined): string | null {
  if (count === undefined) return null;
  const [year, month] = last.split('-').map(Number);
  const index = year * 12 + (month - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The system of the demo's name, finished or still loading, with its partner count. */
async function findDemoSystem(dataSource: DataSource, name: string): Promise<{ id: string; name: string; partners: number } | null> {
  const [row] = await dataSource.query(
    `select s.id, s.name, (select count(*)::int from organisations o where o.system_id = s.id) as partners
       from systems s where lower(s.name) in (lower($1), lower($2)) order by s.name = $1 desc limit 1`,
    [name, loadingName(name)],
  );
  return row ?? null;
}

/**
 * What the skipped foreign-key checks would have refused, checked set-wise for the loaded system: every reference of
 * the survey's and the decision log's rows resolves. Throws naming the first that does not.
 */
async function checkDemoReferences(dataSource: DataSource, systemId: string): Promise<void> {
  const checks: [string, string][] = [
    ['survey responses without their round or partner', `select count(*) from survey_responses r where r.system_id = $1 and (not exists (select 1 from survey_rounds d where d.system_id = r.system_id and d.id = r.round_id) or not exists (select 1 from organisations o where o.system_id = r.system_id and o.id = r.organisation_id))`],
    ['practice scores without their response', `select count(*) from practice_scores s where not exists (select 1 from survey_responses r where r.id = s.response_id)`],
    ['ratings without their response or partners', `select count(*) from relationship_ratings x where x.system_id = $1 and (not exists (select 1 from survey_responses r where r.id = x.response_id) or not exists (select 1 from organisations o where o.system_id = x.system_id and o.id = x.from_organisation_id) or not exists (select 1 from organisations o where o.system_id = x.system_id and o.id = x.to_organisation_id))`],
    ['decision versions without their decision, forum, proposer, reopened decision or author', `select count(*) from decision_versions v where v.system_id = $1 and (not exists (select 1 from decisions d where d.system_id = v.system_id and d.id = v.decision_id) or not exists (select 1 from forums f where f.system_id = v.system_id and f.id = v.forum_id) or (v.proposer_id is not null and not exists (select 1 from organisations o where o.system_id = v.system_id and o.id = v.proposer_id)) or (v.reopens_id is not null and not exists (select 1 from decisions d where d.system_id = v.system_id and d.id = v.reopens_id)) or not exists (select 1 from users u where u.id = v.author_user_id))`],
    ['decision participants without their version or partner', `select count(*) from decision_participants p where p.system_id = $1 and (not exists (select 1 from decision_versions v where v.system_id = p.system_id and v.id = p.version_id) or not exists (select 1 from organisations o where o.system_id = p.system_id and o.id = p.organisation_id))`],
  ];
  const results = await Promise.all(checks.map(([, sql]) => dataSource.query(sql, sql.includes('$1') ? [systemId] : [])));
  results.forEach(([{ count }], i) => {
    if (Number(count) > 0) throw new Error(`The demo load wrote ${count} ${checks[i][0]}`);
  });
}

async function countRows(dataSource: DataSource, systemId: string): Promise<LoadDemoResult['counts']> {
  const [row] = await dataSource.query(
    `select (select count(*)::int from organisations where system_id = $1) as partners,
            (select count(*)::int from forums where system_id = $1) as forums,
            (select count(*)::int from people where system_id = $1) as people,
            (select count(*)::int from survey_responses where system_id = $1) as "surveyResponses",
            (select count(*)::int from relationship_ratings where system_id = $1) as ratings,
            (select count(*)::int from decisions where system_id = $1) as decisions`,
    [systemId],
  );
  return row;
}
