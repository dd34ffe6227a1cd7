// The built API (dist/apps/api/main.js) serving the built web app, and its board pack worker, as separate processes
// on the bench's database, run as deployed: NODE_ENV=production, as the Docker image runs it (graphql-js then skips a
// development-only check on every value it completes), over plain http on this machine (COOKIE_SECURE=false).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { graphqlClient, signInWith } from '../../../apps/api/test/support/test-app';

const ROOT = resolve(__dirname, '../../..');

export interface BuiltApp {
  url: string;
  /** Signs in to this API (its own session secret) and returns the session cookie's value. */
  signIn: (email: string, password: string) => Promise<string>;
  /** Stops the API and the worker, if one was started. */
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built API on `databaseUrl`, run as deployed; with `worker`, a board pack worker rendering from it too. */
export async function startBuiltApp(databaseUrl: string, options: { worker?: boolean } = {}): Promise<BuiltApp> {
  for (const built of ['dist/apps/api/main.js', 'dist/apps/web/index.html']) {
    if (!existsSync(resolve(ROOT, built))) throw new Error(`${built} is missing: build first with \`npx nx run-many -t build -p api web\``);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    WEB_DIST: resolve(ROOT, 'dist/apps/web'),
    PUBLIC_URL: url,
  };
  const start = (args: string[]): ChildProcess => spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/main.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  const api = start([]);
  const children = [api];
  const stop = () => children.forEach((child) => child.kill());
  try {
    for (let waited = 0; ; waited += 250) {
      if (api.exitCode !== null) throw new Error(`The built API exited with code ${api.exitCode} before it was ready`);
      if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
      if (waited > 60_000) throw new Error('The built API did not answer /healthz within 60 seconds');
      await new Promise((r) => setTimeout(r, 250));
    }
    if (options.worker) children.push(start(['--worker']));
  } catch (error) {
    stop();
    throw error;
  }
  return { url, signIn: (email, password) => signInWith(graphqlClient(url), email, password), stop };
}
