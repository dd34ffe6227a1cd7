import { dropDatabase } from '../../../../tools/db/embedded-postgres.mjs';

export default async function globalTeardown() {
  const running = [globalThis.__e2eWorker, globalThis.__e2eApi].filter((child) => child && child.exitCode === null);
  await Promise.all(
    running.map((child) => {
      child.kill('SIGTERM');
      return new Promise((done) => child.once('exit', done));
    }),
  );
  const database = globalThis.__e2eDatabase;
  if (database) await dropDatabase(database.serverUrl, database.databaseName);
  await globalThis.__embeddedPostgres?.stop();
}
