import { serverUrlOf, startEmbeddedPostgres } from '../../../../tools/db/embedded-postgres.mjs';

/** Finds a PostgreSQL server for the run: TEST_DATABASE_URL's, or an embedded one kept for the whole run. */
export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_SERVER_URL = serverUrlOf(process.env.TEST_DATABASE_URL);
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: new URL('../../../../.data/postgres-test', import.meta.url).pathname,
    port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330),
  });
  globalThis.__embeddedPostgres = server;
  process.env.TEST_SERVER_URL = server.serverUrl;
}
