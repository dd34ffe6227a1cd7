import { createSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const VIEWER = '{ viewer { user { email displayName } system { name } role place { name } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { role system { name } } }';
const LIST = '{ organisations { totalCount edges { node { name } } } }';

describe('sign-in, sessions and sign-out', () => {
  let api: TestApp;
  let users: Awaited<ReturnType<typeof createSystem>>['users'];

  beforeAll(async () => {
    api = await startTestApp({ SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3' });
    ({ users } = await createSystem(api.dataSource, 'Northshire ICS', ['Ashby', 'Brackenford'], [{ name: 'Ashby Carers Centre', places: ['Ashby'] }]));
  });
  afterAll(() => api.close());

  it('answers a query from a visitor who is not signed in with UNAUTHENTICATED and no data', async () => {
    const result = await api.graphql(LIST);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toBeNull();
    expect((await api.graphql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('signs in with the right password, sets an httpOnly SameSite cookie and knows the member afterwards', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: `  ${users.PLACE_LEAD.toUpperCase()} `, password: PASSWORD } } }),
    });
    const body = await response.json();
    expect(body.data.signIn).toEqual({ role: 'PLACE_LEAD', system: { name: 'Northshire ICS' } });
    const cookie = response.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^stewardship_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const token = cookie.split(';')[0].split('=')[1];
    const viewer = await api.graphql(VIEWER, {}, token);
    expect(viewer.data?.['viewer']).toEqual({
      user: { email: users.PLACE_LEAD, displayName: 'PLACE_LEAD of Northshire ICS' },
      system: { name: 'Northshire ICS' },
      role: 'PLACE_LEAD',
      place: { name: 'Ashby' },
    });
    // Only a hash of the token is stored.
    const stored = await api.dataSource.query('select token_hash from sessions');
    expect(stored.map((s: { token_hash: string }) => s.token_hash)).not.toContain(token);
  });

  it('refuses a wrong password or an unknown email with the same message and no cookie', async () => {
    const wrongPassword = await api.graphql(SIGN_IN, { input: { email: users.VIEWER, password: 'not it' } });
    const unknownEmail = await api.graphql(SIGN_IN, { input: { email: 'nobody@nowhere.test', password: PASSWORD } });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0].message).toBe('Email or password is not right');
      expect(result.sessionCookie).toBeUndefined();
    }
  });

  it('names the empty field when email or password is missing', async () => {
    const result = await api.graphql(SIGN_IN, { input: { email: ' ', password: '' } });
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('after 3 failed attempts refuses even the right password for that account, but not for others', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(errorCodes(await api.graphql(SIGN_IN, { input: { email: users.NON_EXECUTIVE, password: `guess ${attempt}` } }))).toEqual(['UNAUTHENTICATED']);
    }
    const blocked = await api.graphql(SIGN_IN, { input: { email: users.NON_EXECUTIVE, password: PASSWORD } });
    expect(errorCodes(blocked)).toEqual(['TOO_MANY_REQUESTS']);
    expect(blocked.errors?.[0].message).toBe('Too many sign-in attempts. Try again in 15 minutes.');
    expect(blocked.sessionCookie).toBeUndefined();
    expect(errorCodes(await api.graphql(SIGN_IN, { input: { email: users.LEADER, password: PASSWORD } }))).toEqual([]);
  });

  it('stops accepting a session once it has expired', async () => {
    const token = await api.signIn(users.LEADER, PASSWORD);
    expect(errorCodes(await api.graphql(LIST, {}, token))).toEqual([]);
    await api.dataSource.query(`update sessions set expires_at = now() - interval '1 second'`);
    expect(errorCodes(await api.graphql(LIST, {}, token))).toEqual(['UNAUTHENTICATED']);
    expect((await api.graphql(VIEWER, {}, token)).data).toEqual({ viewer: null });
  });

  it('signs out: clears the cookie and the old token no longer works, while other sessions go on', async () => {
    const token = await api.signIn(users.ADMIN, PASSWORD);
    const other = await api.signIn(users.ADMIN, PASSWORD);
    const result = await api.graphql('mutation { signOut }', {}, token);
    expect(result.data).toEqual({ signOut: true });
    expect(result.sessionCookie).toBe('');
    expect(errorCodes(await api.graphql(LIST, {}, token))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.graphql(LIST, {}, other))).toEqual([]);
  });

  it('refuses a made-up session token', async () => {
    expect(errorCodes(await api.graphql(LIST, {}, 'x'.repeat(43)))).toEqual(['UNAUTHENTICATED']);
  });
});
