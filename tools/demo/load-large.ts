// `npm run demo:large`: loads the large demo system (997 partners in 8 places, 80 forums, about 5,200 people, 24 monthly
// survey rounds of about 21,000 responses and 19,000 relationship ratings, about 50,000 decisions) into an embedded
// PostgreSQL in .data/postgres-large, or into DATABASE_URL's database when it is set. Prints each stage and the total.
// Run again, it loads nothing and says so; on a database holding the standard demo it refuses.
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../../apps/api/src/database/data-source';
import { DemoLoadIncomplete, DemoLoadRefused, loadDemoSystem } from '../../apps/api/src/demo/demo-loader';

const root = resolve(__dirname, '../..');
const DATABASE = 'stewardship';
const LOAD_SETTINGS = { shared_buffers: '1GB', max_wal_size: '8GB', checkpoint_timeout: '30min', synchronous_commit: 'off' };
const say = (line: string) => process.stdout.write(`[demo:large ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<number> {
  const started = performance.now();
  const { dropDatabase, ensureDatabase, EmbeddedPostgresError, startEmbeddedPostgres } = await import('../db/embedded-postgres.mjs');
  let url = process.env['DATABASE_URL'];
  let server: { serverUrl: string; stop: () => Promise<void> } | undefined;
  if (url) {
    say(`Loading into the database at DATABASE_URL (${new URL(url).host}${new URL(url).pathname}).`);
  } else {
    const port = Number(process.env['EMBEDDED_PG_LARGE_PORT'] ?? 54332);
    const dataDir = resolve(root, process.env['EMBEDDED_PG_DIR'] ?? '.data/postgres-large');
    say(`Starting the embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})…`);
    try {
      // For the load only: buffers that hold the growing indexes, and no checkpoint mid-load (each would rewrite whole
      // pages to the WAL). `npm run start:large` starts the server with its usual settings.
      server = await startEmbeddedPostgres({ dataDir, port, settings: LOAD_SETTINGS });
    } catch (error) {
      say(error instanceof EmbeddedPostgresError ? error.message : String(error));
      return 1;
    }
    await ensureDatabase(server.serverUrl, DATABASE);
    url = `${server.serverUrl}/${DATABASE}`;
  }
  try {
    for (let attempt = 1; ; attempt++) {
      const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { ...dataSourceOptions(url).extra, max: 4, statement_timeout: 0 } });
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
        const result = await loadDemoSystem(dataSource, { scale: 'large', log: say, connections: Number(process.env['DEMO_LOAD_CONNECTIONS'] ?? 2) });
        if (!result.loaded) say(`Nothing loaded: the large demo system is already there (${result.counts.partners} partners, ${result.counts.surveyResponses} survey responses, ${result.counts.decisions} decisions).`);
        break;
      } catch (error) {
        // A load stopped part-way on our own embedded database: start again on a fresh one.
        if (error instanceof DemoLoadIncomplete && server && attempt === 1) {
          say(`${error.message} Dropping the embedded database "${DATABASE}" and starting again.`);
          await dataSource.destroy();
          await dropDatabase(server.serverUrl, DATABASE);
          await ensureDatabase(server.serverUrl, DATABASE);
          continue;
        }
        if (error instanceof DemoLoadRefused || error instanceof DemoLoadIncomplete) {
          say(error.message);
          return 1;
        }
        throw error;
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    }
  } finally {
    await server?.stop();
  }
  say(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s. Open the app on it: npm run start:large (sign in as leader@northshire.example, password northshire-demo).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
