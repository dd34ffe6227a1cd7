import { PRACTICE_KEYS } from '@stewardship/domain';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source';
import { PersonEntity } from '../src/people/person.entity';
import { ApiProcess, healthStatus, startApiProcess, stopApiProcess } from './support/api-process';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, graphqlClient, GraphQLResult, signInWith, TestApp } from './support/test-app';
import { startTestPostgres, TestPostgres } from './support/test-postgres';

const IMPORT_ROWS = 20_000;
const COMMIT = 'mutation($i: ImportFileInput!) { commitImport(input: $i) { created updated unchanged } }';
const LIST = '{ organisations { totalCount } }';
const OPEN = `mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { links { url } } }`;
const SUBMIT = `mutation($t: String!, $a: SurveyAnswersInput!) { submitSurvey(token: $t, answers: $a) }`;
const DAY = 86_400_000;

function organisationsFile(rows: number) {
  const table = [['External ID', 'Name', 'ODS code', 'Kind', 'Places', 'Weight']];
  for (let i = 1; i <= rows; i++) table.push([`FAULT-${i}`, `Fault Partner ${i}`, '', i % 2 ? 'VCSE organisation' : 'Social care provider', 'Ashby', String(i % 97)]);
  return { kind: 'organisations', fileName: 'organisations.csv', contentBase64: Buffer.from(Papa.unparse(table)).toString('base64') };
}

const answers = (score: number) => ({
  practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score, comment: null })),
  direction: score,
  alignment: score,
  commitment: score,
  relationships: [],
});

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting ${timeoutMs / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An answer a person can act on: JSON with a message and a code for every error, and nothing of the server's insides. */
function expectCleanErrors(result: GraphQLResult): void {
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) {
    expect(error).toEqual({ message: expect.any(String), extensions: { code: expect.any(String) } });
    expect(error.message).not.toMatch(/ECONNREFUSED|terminating|postgres|\bat \S+ \(/i);
  }
}

/**
 * Faults, each against an embedded PostgreSQL of this file's own and the API in a process of its own: the API killed
 * in the middle of a large import, and the database stopped and started again under a running API.
 */
describe('faults: the API killed mid-import, the database gone and back', () => {
  let postgres: TestPostgres;
  let db: DataSource;
  let api: ApiProcess | undefined;
  let graphql: TestApp['graphql'];
  let fixture: FixtureSystem;
  let admin: string;

  const counts = async () =>
    (
      await db.query(
        `select (select count(*) from organisations)::int as organisations, (select count(*) from organisation_places)::int as "organisationPlaces",
                (select count(*) from audit_events)::int as "auditEvents"`,
      )
    )[0];

  beforeAll(async () => {
    postgres = await startTestPostgres();
    api = await startApiProcess(postgres.databaseUrl);
    graphql = graphqlClient(api.url);
    db = await new DataSource(dataSourceOptions(postgres.databaseUrl)).initialize();
    fixture = await createSystem(db, 'Faults ICS', ['Ashby'], [{ name: 'Faults Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Ashby'] }]);
    admin = await signInWith(graphql, fixture.users.ADMIN, PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await stopApiProcess(api);
    await db?.destroy().catch(() => undefined);
    await postgres?.destroy();
  }, 60_000);

  it(`leaves no partial rows when the API is killed in the middle of a ${IMPORT_ROWS.toLocaleString('en-GB')}-row import, and starts cleanly after`, async () => {
    const killed = api as ApiProcess;
    const before = await counts();
    const commit = graphql(COMMIT, { i: organisationsFile(IMPORT_ROWS) }, admin).catch(() => 'connection lost');

    // In the middle: the import's transaction holds its lock and has sent rows, and has not committed (it still holds the lock).
    await until(async () => {
      const [{ writing }] = await db.query(
        `select count(*)::int as writing from pg_stat_activity a join pg_locks l on l.pid = a.pid and l.locktype = 'advisory' and l.granted
          where l.objid = (hashtext($1)::bigint & 4294967295)::oid and a.query ~* '^\\s*insert into (organisations|organisation_places|audit_events) '`,
        [`stewardship:import:${fixture.system.id}`],
      );
      return writing > 0;
    }, 'the import to start writing organisations');
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toBe('SIGKILL');
    expect(await commit).toBe('connection lost'); // the client saw the connection drop, not an answer

    // PostgreSQL rolls the transaction back once it notices its client has gone.
    await until(async () => (await db.query(`select count(*)::int as n from pg_locks where locktype = 'advisory'`))[0].n === 0, 'the dead import to be rolled back');
    expect(await counts()).toEqual(before);

    api = await startApiProcess(postgres.databaseUrl);
    graphql = graphqlClient(api.url);
    const [{ n: migrationsRun }] = await db.query('select count(*)::int as n from migrations');
    expect(migrationsRun).toBe(MIGRATIONS.length);
    // Sessions live in the database, so the cookie from before the crash still works, and the import now commits whole.
    const committed = await graphql(COMMIT, { i: organisationsFile(IMPORT_ROWS) }, admin);
    expect(errorCodes(committed)).toEqual([]);
    expect(committed.data?.['commitImport']).toEqual({ created: IMPORT_ROWS, updated: 0, unchanged: 0 });
    expect(await counts()).toEqual({
      organisations: before.organisations + IMPORT_ROWS,
      organisationPlaces: before.organisationPlaces + IMPORT_ROWS,
      auditEvents: before.auditEvents + IMPORT_ROWS,
    });
  }, 300_000);

  it('answers 503 and clean errors while the database is down, keeps survey answers whole, and recovers without a restart', async () => {
    const running = api as ApiProcess;
    const people = await db.getRepository(PersonEntity).save(
      Array.from({ length: 30 }, (_, i) => ({
        systemId: fixture.system.id, name: `Respondent ${i}`, email: `respondent${i}@faults.test`,
        organisationId: fixture.organisations[0].id, roleGroup: 'CLINICAL', externalId: null, archivedAt: null,
      })) as PersonEntity[],
    );
    const month = new Date().toISOString().slice(0, 7);
    const opened = await graphql(OPEN, { i: { month, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + DAY).toISOString(), personIds: people.map((p) => p.id) } }, admin);
    expect(errorCodes(opened)).toEqual([]);
    const tokens: string[] = opened.data?.['openSurveyRound'].links.map((l: { url: string }) => l.url.split('/survey/')[1]);

    // Submissions go out one every few milliseconds while the database shuts down: some finish, some are cut off.
    const submit = (token: string) => graphql(SUBMIT, { t: token, a: answers(4) });
    const submissions = tokens.map((token, i) => new Promise((r) => setTimeout(r, i * 15)).then(() => submit(token)));
    await submissions[0];
    await postgres.stop();
    const results = await Promise.all(submissions);
    for (const result of results) {
      if (result.data?.['submitSurvey'] !== true) expectCleanErrors(result);
    }

    expect(await healthStatus(running.url)).toBe(503);
    const down = await graphql(LIST, {}, admin);
    expectCleanErrors(down);
    expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.status).toBeLessThan(500);

    await postgres.start();
    await until(async () => (await healthStatus(running.url)) === 200, '/healthz to answer 200 again');
    expect(errorCodes(await graphql(LIST, {}, admin))).toEqual([]);
    expect(running.child.exitCode).toBeNull();

    // Every answer is whole: score counts match the scores, every response has all its scores, and every link
    // marked submitted has its response. A refused submission can simply be sent again.
    const refused = tokens.filter((_, i) => results[i].data?.['submitSurvey'] !== true);
    for (const token of refused) expect(errorCodes(await submit(token))).toEqual([]);
    const fromCounts = await db.query(`select month, practice, sum(counts[1] + counts[2] + counts[3] + counts[4] + counts[5])::int as n from practice_score_counts group by 1, 2 order by 1, 2`);
    const fromAnswers = await db.query(
      `select r.month, ps.practice, count(*)::int as n from practice_scores ps join survey_responses r on r.id = ps.response_id group by 1, 2 order by 1, 2`,
    );
    expect(fromCounts).toEqual(fromAnswers);
    const [whole] = await db.query(
      `select (select count(*) from survey_invitations where submitted_at is not null)::int as submitted,
              (select count(*) from survey_responses)::int as responses,
              (select count(*) from survey_responses r where (select count(*) from practice_scores ps where ps.response_id = r.id) <> $1)::int as partial`,
      [PRACTICE_KEYS.length],
    );
    expect(whole).toEqual({ submitted: tokens.length, responses: tokens.length, partial: 0 });
  }, 90_000);
});
