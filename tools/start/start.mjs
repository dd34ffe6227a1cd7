// `npm start`: builds the API and the web app, starts PostgreSQL (embedded unless DATABASE_URL is set), then the API,
// which runs the migrations, loads the demo system once and serves the web app from the same address, and the board
// pack worker (`main.js --worker`) beside it; Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { EmbeddedPostgresError, ensureDatabase, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 3000);
const say = (line) => console.log(`[stewardship] ${line}`);

function fail(message) {
  console.error(`\n[stewardship] ${message}\n`);
  process.exit(1);
}

const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 20) fail(`Stewardship needs Node 20 or newer; this is Node ${process.versions.node}.`);

// Before anything else: a second start while one is running would otherwise stop the first one's database.
const portFree = await new Promise((resolvePort) => {
  const probe = createServer();
  probe.once('error', () => resolvePort(false));
  probe.listen(port, () => probe.close(() => resolvePort(true)));
});
if (!portFree) {
  fail(`Port ${port} is already in use: is Stewardship (or something else) already running? Stop it, or choose another port with PORT=<port> npm start.`);
}

if (process.env.SKIP_BUILD !== 'true') {
  say('Building the API and the web app (a minute the first time, seconds after)…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream-without-prefixes'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (build.status !== 0) fail('The build failed (see above). Fix it, or run `npx nx run-many -t build` to see the whole output.');
}
const apiMain = resolve(root, 'dist/apps/api/main.js');
if (!existsSync(apiMain)) fail(`There is no built API at ${apiMain}; run without SKIP_BUILD.`);

let databaseUrl = process.env.DATABASE_URL;
let embedded;
if (databaseUrl) {
  say(`Using the PostgreSQL at DATABASE_URL (${new URL(databaseUrl).host}).`);
} else {
  const embeddedPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = resolve(root, process.env.EMBEDDED_PG_DIR ?? '.data/postgres');
  say(`Starting the embedded PostgreSQL 15 on 127.0.0.1:${embeddedPort} (data in ${dataDir})…`);
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port: embeddedPort });
    await ensureDatabase(embedded.serverUrl, 'stewardship');
  } catch (error) {
    fail(error instanceof EmbeddedPostgresError ? error.message : `The embedded PostgreSQL did not start: ${error?.stack ?? error}`);
  }
  databaseUrl = embedded.databaseUrl('stewardship');
}

const env = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'true',
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  WEB_DIST: resolve(root, 'dist/apps/web'),
  // The worker opens the review's print route on this API (unless told another address).
  BOARD_PACK_RENDER_URL: process.env.BOARD_PACK_RENDER_URL ?? `http://127.0.0.1:${port}`,
};
const api = spawn(process.execPath, [apiMain], { cwd: root, stdio: 'inherit', env });
// The board pack worker: the same build in its own process, so making a PDF never holds up the API.
const worker = spawn(process.execPath, [apiMain, '--worker'], { cwd: root, stdio: 'inherit', env });
const children = [api, worker];

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children
      .filter((child) => child.exitCode === null)
      .map((child) => {
        child.kill('SIGTERM');
        return new Promise((done) => child.once('exit', done));
      }),
  );
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const [child, name] of [[api, 'The API'], [worker, 'The board pack worker']]) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[stewardship] ${name} stopped (exit code ${code}).`);
      stop(code || 1);
    }
  });
}

// Announce the address once the API answers its health check (migrations and the demo load come first).
const address = `http://localhost:${port}`;
for (let waited = 0; waited < 120_000 && !stopping; waited += 500) {
  const healthy = await fetch(`${address}/healthz`).then((r) => r.ok, () => false);
  if (healthy) {
    say('');
    say(`Stewardship is running at ${address}`);
    say('Demo sign-ins for Northshire ICS (password: northshire-demo):');
    for (const [email, role] of [
      ['admin@northshire.example', 'system administrator'],
      ['leader@northshire.example', 'ICB leadership'],
      ['placelead@northshire.example', 'place-based lead'],
      ['ned@northshire.example', 'non-executive director'],
      ['viewer@northshire.example', 'viewer'],
    ]) say(`  ${email.padEnd(30)} ${role}`);
    say('Press Ctrl+C to stop.');
    break;
  }
  await new Promise((r) => setTimeout(r, 500));
}
