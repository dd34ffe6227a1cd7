import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, serverUrlOf, startEmbeddedPostgres } from '../../../../tools/db/embedded-postgres.mjs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and found none (looked at ' + candidates.join(', ') + ').\n' +
        'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built API (serving the built web app) and its board pack worker over a fresh database with the demo system, for the whole run. */
export default async function globalSetup() {
  process.env.CHROMIUM_PATH = findChromium();
  for (const built of ['dist/apps/api/main.js', 'dist/apps/web/index.html']) {
    if (!existsSync(root + built)) throw new Error(`${built} is missing: run the browser tests through \`npx nx e2e web-e2e\`, which builds first.`);
  }
  let serverUrl;
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.TEST_DATABASE_URL);
  } else {
    globalThis.__embeddedPostgres = await startEmbeddedPostgres({
      dataDir: root + '.data/postgres-e2e',
      port: Number(process.env.EMBEDDED_PG_E2E_PORT ?? 54331),
    });
    serverUrl = globalThis.__embeddedPostgres.serverUrl;
  }
  const databaseName = `stw_e2e_${process.pid}_${Date.now()}`;
  await ensureDatabase(serverUrl, databaseName);
  globalThis.__e2eDatabase = { serverUrl, databaseName };

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `${serverUrl}/${databaseName}`,
    PORT: String(port),
    WEB_DIST: root + 'dist/apps/web',
    DEMO_DATA: 'true',
    BOARD_PACK_RENDER_URL: baseUrl,
  };
  const api = spawn(process.execPath, [root + 'dist/apps/api/main.js'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  globalThis.__e2eApi = api;
  for (let waited = 0; ; waited += 250) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} before it was ready`);
    if (await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false)) break;
    if (waited > 60_000) throw new Error('The API did not answer /healthz within 60 seconds');
    await new Promise((r) => setTimeout(r, 250));
  }
  // The board pack worker, started once the API has migrated the database (it would wait on the same lock anyway).
  globalThis.__e2eWorker = spawn(process.execPath, [root + 'dist/apps/api/main.js', '--worker'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  process.env.E2E_BASE_URL = baseUrl;
}
