import { PersonEntity } from '../src/people/person.entity';
import { privileged, asSystem } from '../src/database/tenancy';
import { SecurityEventsService } from '../src/security-events/security-events.service';
import { SESSION_COOKIE } from '../src/common/request-context';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const EVENTS = `query($first: Int, $after: String) {
  securityEvents(first: $first, after: $after) {
    totalCount
    edges { cursor node { id at kind address user { email } detail { name value } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const OPEN = `mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id } links { url invitation { id } } } }`;
const REISSUE = `mutation($id: ID!) { reissueInvitation(id: $id) { url } }`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { role } }';
const WRONG_PASSWORD = 'not the password, hunter2';
const FORWARDED_FOR = '203.0.113.7';
const DAY = 86_400_000;

interface EventNode {
  id: string;
  kind: string;
  address: string | null;
  user: { email: string } | null;
  detail: { name: string; value: string | null }[];
}

describe('security events', () => {
  let api: TestApp;
  let a: FixtureSystem;
  let b: FixtureSystem;
  let adminA: string;
  const secrets: string[] = [PASSWORD, WRONG_PASSWORD];

  const eventsOf = async (token: string, first = 200): Promise<EventNode[]> => {
    const result = await api.graphql(EVENTS, { first }, token);
    expect(errorCodes(result)).toEqual([]);
    return result.data?.['securityEvents'].edges.map((edge: { node: EventNode }) => edge.node);
  };
  const detailOf = (event: EventNode | undefined) => Object.fromEntries((event?.detail ?? []).map((d) => [d.name, d.value]));

  /** Signs in as a browser behind the proxy would, so the recorded address is the client's, not the proxy's. */
  const signInFrom = async (address: string, email: string, password: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    return response.json();
  };

  beforeAll(async () => {
    // Requests come from loopback, which is then trusted as the proxy: the client is whoever it forwards for.
    api = await startTestApp({ TRUST_PROXY: 'loopback' });
    a = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North'], [{ name: 'Alpha Hospice', places: ['Alpha North'] }]);
    b = await createSystem(api.dataSource, 'Beta ICS', ['Beta East'], [{ name: 'Beta Carers', places: ['Beta East'] }]);
    adminA = await api.signIn(a.users.ADMIN, PASSWORD);
    secrets.push(adminA);
  });
  afterAll(() => api.close());

  it('records a sign-in with the time, the user, their system and the client address', async () => {
    const before = Date.now();
    expect((await signInFrom(FORWARDED_FOR, a.users.LEADER, PASSWORD)).errors).toBeUndefined();
    const [latest] = await eventsOf(adminA);
    expect(latest).toMatchObject({ kind: 'SIGN_IN', address: FORWARDED_FOR, user: { email: a.users.LEADER }, detail: [] });
    const result = await api.graphql(EVENTS, { first: 1 }, adminA);
    expect(Date.parse(result.data?.['securityEvents'].edges[0].node.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("records a failed sign-in for a known account in its system, and one for an unknown email in no system", async () => {
    expect((await signInFrom(FORWARDED_FOR, a.users.VIEWER, WRONG_PASSWORD)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signInFrom(FORWARDED_FOR, 'nobody@nowhere.test', WRONG_PASSWORD)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [latest] = await eventsOf(adminA);
    expect(latest).toMatchObject({ kind: 'SIGN_IN_FAILED', address: FORWARDED_FOR, user: { email: a.users.VIEWER } });
    const unattributed = await privileged(() => api.dataSource.query(`select kind, user_id, address from security_events where system_id is null`));
    expect(unattributed).toEqual([{ kind: 'SIGN_IN_FAILED', user_id: null, address: FORWARDED_FOR }]);
  });

  it('records a sign-out', async () => {
    const token = await api.signIn(a.users.NON_EXECUTIVE, PASSWORD);
    secrets.push(token);
    expect(errorCodes(await api.graphql('mutation { signOut }', {}, token))).toEqual([]);
    const [latest] = await eventsOf(adminA);
    expect(latest).toMatchObject({ kind: 'SIGN_OUT', user: { email: a.users.NON_EXECUTIVE }, address: expect.stringMatching(/127\.0\.0\.1/) });
  });

  it('records a register export with what was exported', async () => {
    expect(errorCodes(await api.graphql('{ exportRegister(kind: organisations) }', {}, adminA))).toEqual([]);
    const [latest] = await eventsOf(adminA);
    expect(latest).toMatchObject({ kind: 'REGISTER_EXPORTED', user: { email: a.users.ADMIN } });
    expect(detailOf(latest)).toEqual({ kind: 'organisations' });
  });

  it('records opening a survey round (which issues links) and reissuing a link, without the links', async () => {
    const person = await api.dataSource.getRepository(PersonEntity).save({
      systemId: a.system.id, name: 'Ada Okafor', email: 'ada@alpha.test', organisationId: a.organisations[0].id,
      roleGroup: 'EXECUTIVE', externalId: null, archivedAt: null,
    } as PersonEntity);
    const month = new Date().toISOString().slice(0, 7);
    const opened = await api.graphql(OPEN, { i: { month, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + DAY).toISOString(), personIds: [person.id] } }, adminA);
    expect(errorCodes(opened)).toEqual([]);
    const { round, links } = opened.data!['openSurveyRound'];
    const reissued = await api.graphql(REISSUE, { id: links[0].invitation.id }, adminA);
    expect(errorCodes(reissued)).toEqual([]);
    secrets.push(...[links[0].url, reissued.data?.['reissueInvitation'].url].map((url: string) => url.split('/survey/')[1]));

    const [reissue, open] = await eventsOf(adminA);
    expect(open.kind).toBe('SURVEY_ROUND_OPENED');
    expect(detailOf(open)).toEqual({ roundId: round.id, invitations: '1' });
    expect(reissue.kind).toBe('SURVEY_LINK_REISSUED');
    expect(detailOf(reissue)).toEqual({ invitationId: links[0].invitation.id });
  });

  it('records a membership change through the function every membership mutation must call', async () => {
    const events = api.app.get(SecurityEventsService);
    const [membership] = await privileged(() => api.dataSource.query(`select m.id, m.user_id from memberships m join users u on u.id = m.user_id where u.email = $1`, [a.users.VIEWER]));
    const [caller] = await privileged(() => api.dataSource.query(`select user_id as "userId", system_id as "systemId" from memberships m join users u on u.id = m.user_id where u.email = $1`, [a.users.ADMIN]));
    await asSystem(a.system.id, () =>
      api.dataSource.transaction((tx) =>
        events.recordMembershipChange(tx, { ...caller, sessionId: '', membershipId: '', role: 'ADMIN', placeId: null }, '198.51.100.2', {
          membershipId: membership.id, userId: membership.user_id, fromRole: 'VIEWER', toRole: 'LEADER',
        }),
      ),
    );
    const [latest] = await eventsOf(adminA);
    expect(latest).toMatchObject({ kind: 'MEMBERSHIP_CHANGED', user: { email: a.users.ADMIN }, address: '198.51.100.2' });
    expect(detailOf(latest)).toEqual({ membershipId: membership.id, userId: membership.user_id, fromRole: 'VIEWER', toRole: 'LEADER' });
  });

  it('is for administrators only', async () => {
    for (const role of ['LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER'] as const) {
      const token = await api.signIn(a.users[role], PASSWORD);
      expect(errorCodes(await api.graphql(EVENTS, {}, token))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await api.graphql(EVENTS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it("shows an administrator their own system's events only", async () => {
    const adminB = await api.signIn(b.users.ADMIN, PASSWORD);
    secrets.push(adminB);
    expect((await signInFrom(FORWARDED_FOR, b.users.VIEWER, WRONG_PASSWORD)).errors).toBeDefined();
    const seenByB = await eventsOf(adminB);
    expect(seenByB.map((e) => [e.kind, e.user?.email])).toEqual([
      ['SIGN_IN_FAILED', b.users.VIEWER],
      ['SIGN_IN', b.users.ADMIN],
    ]);
    const seenByA = await eventsOf(adminA);
    expect(seenByA.length).toBeGreaterThan(5);
    expect(seenByA.filter((e) => e.user?.email.endsWith('@beta-ics.test'))).toEqual([]);
    const inA = await privileged(() => api.dataSource.query(`select count(*)::int as n from security_events where system_id = $1`, [a.system.id]));
    expect(seenByA).toHaveLength(inA[0].n);
  });

  it('pages newest first with a keyset cursor, and refuses a cursor it did not give out', async () => {
    const all = await eventsOf(adminA);
    const first = await api.graphql(EVENTS, { first: 2 }, adminA);
    const page1 = first.data?.['securityEvents'];
    expect(page1.totalCount).toBe(all.length);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(EVENTS, { first: 2, after: page1.pageInfo.endCursor }, adminA);
    const ids = [...page1.edges, ...second.data!['securityEvents'].edges].map((edge: { node: EventNode }) => edge.node.id);
    expect(ids).toEqual(all.slice(0, 4).map((e) => e.id));
    expect(all.map((e) => Number(e.id))).toEqual([...all.map((e) => Number(e.id))].sort((x, y) => y - x));

    const forged = await api.graphql(EVENTS, { first: 2, after: Buffer.from('["1 or 1=1"]').toString('base64url') }, adminA);
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    expect(forged.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'after', message: expect.any(String) }]);
  });

  it('never stores a password, a session or survey token, or a token hash', async () => {
    const hashes = await privileged(() =>
      api.dataSource.query(`select token_hash as hash from sessions union all select token_hash from survey_invitations`),
    );
    const stored: { row: string }[] = await privileged(() => api.dataSource.query(`select row_to_json(e)::text as row from security_events e`));
    const everything = stored.map((s) => s.row).join('\n');
    expect(stored.length).toBeGreaterThan(10);
    for (const secret of [...secrets, ...hashes.map((h: { hash: string }) => h.hash)]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(everything).not.toContain(secret);
    }
    // The session cookie's name only appears in requests, never in what was recorded.
    expect(everything).not.toContain(SESSION_COOKIE);
  });
});
