import { dropDatabase } from '../../../../tools/db/embedded-postgres.mjs';

export default async function globalTeardown() {
  const api = globalThis.__e2eApi;
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
  }
  const database = globalThis.__e2eDatabase;
  if (database) await dropDatabase(database.serverUrl, database.databaseName);
  await globalThis.__embeddedPostgres?.stop();
}
