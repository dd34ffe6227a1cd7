import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/common/app-config';
import { SESSION_COOKIE } from '../../src/common/request-context';

export interface GraphQLResult<TData = Record<string, any>> {
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
  /** The session cookie the response set ('' when it cleared it), if any. */
  sessionCookie?: string;
  status: number;
}

/** Longer than any request of the tests should take (a 20,000-row import included), well inside Jest's timeout. */
const REQUEST_TIMEOUT_MS = 30_000;

function serverUrl(): string {
  const url = process.env['TEST_SERVER_URL'];
  if (!url) throw new Error('TEST_SERVER_URL is not set: run integration tests through `npx nx run api:integration`');
  return url;
}

async function onServer<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl()}/postgres` });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one test file; dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `stw_test_${randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`create database ${name}`));
  return {
    url: `${serverUrl()}/${name}`,
    drop: () => onServer((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** The database this app runs on; pass it to `startTestApp` again for a second replica on the same data. */
  databaseUrl: string;
  dataSource: DataSource;
  graphql<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GraphQLResult<TData>>;
  /** Signs in and returns the session cookie value; fails the test if sign-in fails. */
  signIn(email: string, password: string): Promise<string>;
  /** Stops the app, and drops its database if the app created it. */
  close(): Promise<void>;
}

/**
 * The real API on a random local port, over a fresh migrated database, or over `databaseUrl` (another app's, for a
 * second replica), which it then leaves in place when it closes.
 */
export async function startTestApp(env: Record<string, string> = {}, overrides: Partial<AppConfig> = {}, databaseUrl?: string): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = { ...loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...env }), ...overrides };
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const graphql = graphqlClient(url);

  return {
    app,
    url,
    databaseUrl: database.url,
    dataSource: app.get(DataSource),
    graphql,
    signIn: (email, password) => signInWith(graphql, email, password),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Posts GraphQL to the API at `url`, as a browser would with the session cookie; a request that hangs fails. */
export function graphqlClient(url: string): TestApp['graphql'] {
  return async (query, variables, cookie) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie !== undefined ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    const body = await response.json();
    return { ...body, status: response.status, sessionCookie: setCookie ? decodeURIComponent(setCookie.split(';')[0].split('=')[1]) : undefined };
  };
}

/** Signs in through `graphql` and returns the session cookie value; fails the test if sign-in fails. */
export async function signInWith(graphql: TestApp['graphql'], email: string, password: string): Promise<string> {
  const result = await graphql('mutation($input: SignInInput!) { signIn(input: $input) { role } }', { input: { email, password } });
  if (result.errors || !result.sessionCookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.sessionCookie;
}

/** The codes of a result's errors, for assertions. */
export const errorCodes = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.['code']);
