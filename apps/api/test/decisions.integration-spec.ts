import { ROLES, type Role } from '@stewardship/domain';
import { createPopulatedSystem, PopulatedSystem } from './support/system-rows';
import { PASSWORD } from './support/fixtures';
import { tableFingerprint } from './support/table-fingerprint';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const RECORD = 'mutation($i: DecisionInput!) { recordDecision(input: $i) { id current { version title } } }';
const AMEND = 'mutation($id: ID!, $v: Int!, $r: String!, $i: DecisionInput!) { amendDecision(id: $id, basedOnVersion: $v, reason: $r, input: $i) { id current { version title outcome } } }';
const DECISION = `query($id: ID!) { decision(id: $id) {
  id mayAmend current { version title outcome author reason }
  versions { version title outcome reason author changes { field before after } participants { organisation { name } present vote dissented } }
  reopenedBy { id current { title } } } }`;
const LIST = 'query($f: DecisionFilter, $first: Int, $after: String) { decisions(filter: $f, first: $first, after: $after) { totalCount edges { node { id current { title date } } } pageInfo { hasNextPage endCursor } } }';

describe('the decision log', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let beta: PopulatedSystem;
  let cookies: Record<Role, string>;
  let northBoard: string;
  let southBoard: string;

  const base = () => ({
    forumId: northBoard,
    date: '2026-03-12',
    title: 'Joint discharge team',
    summary: 'Partners agreed to fund a joint discharge team from pooled money for one year.',
    proposerId: alpha.organisations[0].id,
    outcome: 'DEFERRED',
    practices: ['SHARED_DECISIONS'],
    evidence: [{ url: 'https://example.nhs.uk/minutes/2026-03.pdf', title: 'Minutes, March 2026' }],
    participants: [
      { organisationId: alpha.organisations[0].id, affected: true, present: true, vote: true },
      { organisationId: alpha.organisations[1].id, affected: true, present: false, consulted: true },
    ],
  });
  const record = async (input: Record<string, unknown>, cookie = cookies.ADMIN) => api.graphql(RECORD, { i: input }, cookie);

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createPopulatedSystem(api, 'Alpha ICS');
    beta = await createPopulatedSystem(api, 'Beta ICS');
    cookies = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await api.signIn(alpha.users[role], PASSWORD)]))) as Record<Role, string>;
    [{ id: northBoard }] = await api.dataSource.query(`select id from forums where system_id = $1 and place_id is not null`, [alpha.system.id]);
    const south = await api.graphql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'South Place Board', kind: 'PLACE_BOARD', placeId: alpha.placeIds['Alpha ICS South'] } }, cookies.ADMIN);
    southBoard = south.data?.['createForum'].id;
  }, 120_000);
  afterAll(() => api.close());

  it('refuses a raw UPDATE, DELETE or TRUNCATE of any log table, even by the tables’ owner', async () => {
    for (const table of ['decisions', 'decision_versions', 'decision_participants']) {
      const before = await api.dataSource.query(`select count(*)::int as n from ${table}`);
      await expect(api.dataSource.query(`update ${table} set system_id = system_id`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`delete from ${table}`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`truncate ${table} cascade`)).rejects.toThrow(/append-only/);
      expect(await api.dataSource.query(`select count(*)::int as n from ${table}`)).toEqual(before);
    }
  });

  it('amends by adding a version: the current view shows the amendment, the original stays as it was', async () => {
    const recorded = await record(base());
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.['recordDecision'].id;
    const amended = await api.graphql(
      AMEND,
      { id, v: 1, r: 'The minutes were corrected: the board agreed it.', i: { ...base(), outcome: 'AGREED', participants: [{ ...base().participants[0] }, { ...base().participants[1], dissented: true }] } },
      cookies.LEADER,
    );
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.['amendDecision'].current).toEqual({ version: 2, title: 'Joint discharge team', outcome: 'AGREED' });

    const { data } = await api.graphql(DECISION, { id }, cookies.VIEWER);
    const [original, amendment] = data?.['decision'].versions ?? [];
    expect(original).toMatchObject({ version: 1, outcome: 'DEFERRED', reason: null, author: 'ADMIN of Alpha ICS', changes: [] });
    expect(original.participants.find((p: { organisation: { name: string } }) => p.organisation.name === 'Alpha ICS Carers')).toMatchObject({ dissented: false });
    expect(amendment).toMatchObject({ version: 2, outcome: 'AGREED', reason: 'The minutes were corrected: the board agreed it.', author: 'LEADER of Alpha ICS' });
    expect(amendment.changes).toEqual([
      { field: 'Outcome', before: 'Deferred', after: 'Agreed' },
      { field: 'Participant: Alpha ICS Carers', before: 'affected, consulted', after: 'affected, consulted, dissented' },
    ]);
    expect(data?.['decision'].mayAmend).toBe(false);
  });

  it('refuses an amendment written against an older version, or one that changes nothing, and writes nothing', async () => {
    const id = (await record({ ...base(), title: 'Stale amendment target' })).data?.['recordDecision'].id;
    expect(errorCodes(await api.graphql(AMEND, { id, v: 1, r: 'Typo', i: { ...base(), title: 'Stale amendment target, corrected' } }, cookies.ADMIN))).toEqual([]);
    const before = await tableFingerprint(api.dataSource);
    const stale = await api.graphql(AMEND, { id, v: 1, r: 'Another fix', i: { ...base(), title: 'Something else' } }, cookies.ADMIN);
    expect(stale.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'basedOnVersion', message: expect.stringContaining('version 2') }]);
    const unchanged = await api.graphql(AMEND, { id, v: 2, r: 'No change', i: { ...base(), title: 'Stale amendment target, corrected' } }, cookies.ADMIN);
    expect(unchanged.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'reason', message: expect.stringContaining('changes nothing') }]);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it("refuses a decision naming another system's forum or organisation, field by field, and writes nothing", async () => {
    const before = await tableFingerprint(api.dataSource);
    const foreign = await record({
      ...base(),
      forumId: (await api.dataSource.query('select id from forums where system_id = $1', [beta.system.id]))[0].id,
      proposerId: beta.organisations[0].id,
      participants: [{ organisationId: beta.organisations[1].id, affected: true }],
    });
    expect(foreign.errors?.[0].extensions?.['fieldErrors']).toEqual([
      { field: 'forumId', message: 'The forum is not one of your system' },
      { field: 'proposerId', message: 'The proposing organisation is not one of your system' },
      { field: 'participants.0.organisationId', message: 'The organisation is not one of your system' },
    ]);
    expect(JSON.stringify(foreign)).not.toContain('Beta ICS');
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it.each([
    ['ADMIN', 'north', true],
    ['ADMIN', 'south', true],
    ['LEADER', 'south', true],
    ['PLACE_LEAD', 'north', true],
    ['PLACE_LEAD', 'south', false],
    ['NON_EXECUTIVE', 'north', false],
    ['VIEWER', 'north', false],
  ] as const)('lets %s record a decision of the %s board: %s', async (role, board, allowed) => {
    const result = await record({ ...base(), title: `${role} records for ${board}`, forumId: board === 'north' ? northBoard : southBoard }, cookies[role]);
    if (allowed) expect(result.errors).toBeUndefined();
    else if (role === 'PLACE_LEAD') expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'forumId', message: expect.stringContaining('own place') }]);
    else expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('finds decisions by a word of their summary, stemmed, and by the filters', async () => {
    const reopened = (await record({ ...base(), date: '2025-11-02', title: 'Falls service', summary: 'The carers network asked for a falls prevention service.' })).data?.['recordDecision'].id;
    const reopening = (await record({ ...base(), date: '2026-04-20', title: 'Falls service again', summary: 'Reopened after the winter pressures review.', outcome: 'REJECTED', reopensId: reopened, outsideForum: true })).data?.['recordDecision'].id;
    const titles = async (filter: Record<string, unknown>) => (await api.graphql(LIST, { f: filter, first: 200 }, cookies.NON_EXECUTIVE)).data?.['decisions'].edges.map((e: { node: { current: { title: string } } }) => e.node.current.title);

    expect(await titles({ search: 'pressure' })).toEqual(['Falls service again']);
    expect(await titles({ search: 'prevent' })).toEqual(['Falls service']);
    expect(await titles({ reopens: true })).toEqual(['Falls service again']);
    expect(await titles({ outsideForum: true, outcome: 'REJECTED' })).toEqual(['Falls service again']);
    expect(await titles({ from: '2025-11-01', to: '2025-11-30' })).toEqual(['Falls service']);
    expect((await titles({ placeId: alpha.placeIds['Alpha ICS South'] })).sort()).toEqual(['ADMIN records for south', 'LEADER records for south']);
    expect(await titles({ search: 'pressure', organisationId: beta.organisations[0].id })).toEqual([]);

    const { data } = await api.graphql(DECISION, { id: reopened }, cookies.VIEWER);
    expect(data?.['decision'].reopenedBy).toEqual([{ id: reopening, current: { title: 'Falls service again' } }]);
  });

  it('pages the log newest first without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      type Page = { decisions: { totalCount: number; edges: { node: { id: string; current: { date: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const { data, errors } = await api.graphql<Page>(LIST, { first: 2, after }, cookies.VIEWER);
      expect(errors).toBeUndefined();
      const page = (data as Page).decisions;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => `${e.node.current.date} ${e.node.id}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
