import { SESSION_COOKIE } from '../src/common/request-context';
import { createSystem, PASSWORD } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40), PUBLIC_URL: 'https://stewardship.example.nhs.uk' };

describe('the API started with NODE_ENV=production', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp(PRODUCTION);
  });
  afterAll(() => api.close());

  it('tells browsers to use HTTPS only (HSTS)', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('refuses an introspection query, so the schema is not handed to strangers', async () => {
    const result = await api.graphql('{ __schema { queryType { name } } }');
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('sets the session cookie Secure, httpOnly and SameSite', async () => {
    const system = await createSystem(api.dataSource, 'Production ICS', ['North'], []);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { role } }', variables: { input: { email: system.users.VIEWER, password: PASSWORD } } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
  });
});
