import { createSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { role } }';
const LIST = '{ organisations { totalCount } }';
const SIGN_IN_LIMIT = { SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3' };

/** Two API replicas behind one load balancer share nothing but the database: sessions and the sign-in limit live there. */
describe('two API replicas on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let users: Awaited<ReturnType<typeof createSystem>>['users'];

  beforeAll(async () => {
    first = await startTestApp(SIGN_IN_LIMIT);
    second = await startTestApp(SIGN_IN_LIMIT, {}, first.databaseUrl);
    ({ users } = await createSystem(first.dataSource, 'Replica ICS', ['Ashby'], [{ name: 'Replica Trust', kind: 'ACUTE_TRUST', sector: 'NHS' }]));
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('accepts a session signed in on one replica on the other', async () => {
    const token = await first.signIn(users.LEADER, PASSWORD);
    const onSecond = await second.graphql<{ organisations: { totalCount: number } }>(LIST, {}, token);
    expect(errorCodes(onSecond)).toEqual([]);
    expect(onSecond.data?.organisations.totalCount).toBe(1);
  });

  it('ends a session on both replicas when it is signed out on one', async () => {
    const token = await second.signIn(users.ADMIN, PASSWORD);
    expect(errorCodes(await first.graphql(LIST, {}, token))).toEqual([]);
    expect((await first.graphql('mutation { signOut }', {}, token)).data).toEqual({ signOut: true });
    expect(errorCodes(await first.graphql(LIST, {}, token))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await second.graphql(LIST, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts failed sign-ins on both replicas towards one limit', async () => {
    const attempt = (api: TestApp, password: string) => api.graphql(SIGN_IN, { input: { email: users.VIEWER, password } });
    expect(errorCodes(await attempt(first, 'guess 1'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await attempt(second, 'guess 2'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await attempt(first, 'guess 3'))).toEqual(['UNAUTHENTICATED']);
    // Three failures spread over two replicas reach the limit of 3: both now refuse even the right password.
    expect(errorCodes(await attempt(second, PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
    expect(errorCodes(await attempt(first, PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
  });
});
