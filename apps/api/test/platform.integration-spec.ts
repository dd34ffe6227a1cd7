import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { DemoDataService } from '../src/demo/demo-data.service';
import { DEMO_PASSWORD, generateDemoClaims, generateDemoDecisions, generateDemoSurvey, generateDemoSystem } from '@stewardship/demo-data';
import { createTestDatabase, startTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

describe('migrations', () => {
  it('run on an empty database, and running them again changes nothing', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await runMigrations(dataSource);
      const tables = async () => (await dataSource.query(`select table_name from information_schema.tables where table_schema = 'public' order by 1`)).map((r: { table_name: string }) => r.table_name);
      const first = await tables();
      expect(first).toEqual(expect.arrayContaining(['systems', 'places', 'organisations', 'organisation_places', 'users', 'memberships', 'sessions', 'sign_in_limits', 'migrations']));
      const applied = await dataSource.query('select count(*)::int as n from migrations');
      await runMigrations(dataSource);
      expect(await tables()).toEqual(first);
      expect(await dataSource.query('select count(*)::int as n from migrations')).toEqual(applied);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

describe('the running API', () => {
  let api: TestApp;
  const schemaOut = join(tmpdir(), `stewardship-schema-${process.pid}.gql`);

  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_SCHEMA_FILE: schemaOut, DEMO_DATA: 'true' });
  });
  afterAll(() => api.close());

  it('emits the schema that is committed in apps/api/schema.gql (run `npm run schema` after changing the API)', () => {
    const emitted = readFileSync(schemaOut, 'utf8');
    if (process.env['UPDATE_SCHEMA'] === 'true') writeFileSync(SCHEMA_FILE, emitted);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('says it is healthy when the database answers', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('refuses an expensive query (too many aliases) before running it', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/aliases/i);
    expect(result.data ?? null).toBeNull();
  });

  it('sends security headers and hides the framework', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => directive.trim());
    expect(policy).toEqual(
      expect.arrayContaining(["default-src 'self'", "script-src 'self'", "font-src 'self'", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"]),
    );
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('tells browsers and proxies to keep no GraphQL answer, whoever asked', async () => {
    const answer = (body: unknown) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    for (const response of [await answer({ query: '{ viewer { role } }' }), await answer({ query: '{ nope }' })]) {
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('refuses a GraphQL request that a cross-site form could send (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`);
    expect(response.status).toBe(400);
  });

  it('loads the demo system once: a second load finds it and adds nothing', async () => {
    const demo = generateDemoSystem();
    const count = async () =>
      (await api.dataSource.query(`select (select count(*) from organisations)::int as o, (select count(*) from users)::int as u, (select count(*) from systems)::int as s,
                                          (select count(*) from forums)::int as f, (select count(*) from seats)::int as seats, (select count(*) from people)::int as p`))[0];
    const expected = { o: demo.organisations.length, u: demo.users.length, s: 1, f: demo.forums.length, seats: demo.seats.length, p: demo.people.length };
    expect(await count()).toEqual(expected);
    expect(await api.app.get(DemoDataService).loadOnce()).toEqual({ loaded: false, systemName: demo.system.name });
    expect(await count()).toEqual(expected);
  });

  it('loads 24 months of demo survey responses whose charts show the real improvement and the real decline', async () => {
    const survey = generateDemoSurvey(generateDemoSystem());
    const [counts] = await api.dataSource.query(
      'select (select count(*) from survey_rounds)::int as rounds, (select count(*) from survey_responses)::int as responses, (select count(*) from relationship_ratings)::int as ratings',
    );
    expect(counts).toEqual({ rounds: 24, responses: survey.responses.length, ratings: survey.ratings.length });
    // Summer and winter rounds alike open at the start of their first UK day and close at the end of their last.
    const clocks: { opens: string; closes: string }[] = await api.dataSource.query(
      `select distinct to_char(opens_at at time zone 'Europe/London', 'HH24:MI:SS') as opens, to_char(closes_at at time zone 'Europe/London', 'HH24:MI:SS') as closes from survey_rounds`,
    );
    expect(clocks).toEqual([{ opens: '00:00:00', closes: '23:59:59' }]);

    const admin = generateDemoSystem().users.find((u) => u.role === 'LEADER')!;
    const token = await api.signIn(admin.email, DEMO_PASSWORD);
    const result = await api.graphql('{ practiceScores { practice latestVariation points { month rules variation n } } }', {}, token);
    type Series = { practice: string; latestVariation: string; points: { rules: string[]; variation: string; n: number }[] };
    const series = Object.fromEntries((result.data?.['practiceScores'] as Series[]).map((s) => [s.practice, s])) as Record<string, { latestVariation: string; points: { rules: string[]; variation: string; n: number }[] }>;
    expect(series['SHARED_PURPOSE'].points.some((p) => p.rules.includes('shift') && p.variation === 'improvement')).toBe(true);
    expect(series['SHARING_POWER'].points.some((p) => p.rules.includes('trend') && p.variation === 'concern')).toBe(true);
    expect(series['SHARING_POWER'].latestVariation).toBe('concern');
    expect(series['SAFE_ENVIRONMENT'].points.every((p) => p.variation === 'common')).toBe(true);
    expect(series['SAFE_ENVIRONMENT'].points).toHaveLength(24);
  });

  it('loads three years of demo decisions, a few amended, each readable with its participants through the API', async () => {
    const decisions = generateDemoDecisions(generateDemoSystem());
    const [counts] = await api.dataSource.query(
      `select (select count(*) from decisions)::int as decisions, (select count(*) from decision_versions where version = 2)::int as amended,
              (select count(*) from decision_participants p join decision_versions v on v.id = p.version_id where v.version = 1)::int as participants`,
    );
    expect(counts).toEqual({
      decisions: decisions.length,
      amended: decisions.filter((d) => d.amendment).length,
      participants: decisions.reduce((sum, d) => sum + d.participants.length, 0),
    });
    const viewer = generateDemoSystem().users.find((u) => u.role === 'VIEWER')!;
    const result = await api.graphql(
      '{ decisions(first: 1, filter: { reopens: true }) { totalCount edges { node { current { title reopens { id } participants { organisation { name } } } } } } }',
      {},
      await api.signIn(viewer.email, DEMO_PASSWORD),
    );
    expect(result.data?.['decisions'].totalCount).toBe(decisions.filter((d) => d.reopensKey).length);
    const [first] = result.data?.['decisions'].edges ?? [];
    expect(first.node.current.reopens.id).toEqual(expect.any(String));
    expect(first.node.current.participants.length).toBeGreaterThan(0);
  });

  it('loads a dozen demo claims whose figures suggest every verdict, the claim of fair sharing in Brackenford contradicted by the decision log', async () => {
    const demo = generateDemoSystem();
    const claims = generateDemoClaims(demo, generateDemoDecisions(demo));
    const ned = demo.users.find((u) => u.role === 'NON_EXECUTIVE')!;
    const result = await api.graphql(
      '{ claims(first: 50) { totalCount edges { node { text status evidenceSummary { suggestedVerdict items { reading { reason } } } latestVerdict { verdict } documents { fileName } } } } }',
      {},
      await api.signIn(ned.email, DEMO_PASSWORD),
    );
    expect(result.errors).toBeUndefined();
    type Node = { text: string; status: string; evidenceSummary: { suggestedVerdict: string; items: { reading: { reason: string } }[] }; latestVerdict: { verdict: string } | null; documents: { fileName: string }[] };
    const nodes = new Map((result.data?.['claims'].edges as { node: Node }[]).map(({ node }) => [node.text, node]));
    expect(nodes.size).toBe(12);
    for (const claim of claims) {
      const node = nodes.get(claim.text)!;
      const expectedStatus = !claim.reviews.length ? 'AWAITING' : claim.evidenceAfterReview.length ? 'CHANGED' : 'REVIEWED';
      expect({ key: claim.key, verdict: node.evidenceSummary.suggestedVerdict, status: node.status }).toEqual({ key: claim.key, verdict: claim.expectedVerdict, status: expectedStatus });
    }
    const brackenford = nodes.get(claims.find((c) => c.key === 'fair-power-brackenford')!.text)!;
    expect(brackenford.evidenceSummary.items[0].reading.reason).toMatch(/^Signal: lower than/);
    expect(brackenford.latestVerdict).toEqual({ verdict: 'contradicted' });
    expect(brackenford.documents).toEqual([{ fileName: 'brackenford-governance-review-2026-11.pdf' }]);
  });

  it('signs a demo user in with the demo password', async () => {
    const admin = generateDemoSystem().users.find((u) => u.role === 'ADMIN')!;
    await expect(api.signIn(admin.email, DEMO_PASSWORD)).resolves.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
