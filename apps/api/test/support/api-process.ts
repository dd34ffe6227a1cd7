import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** A free TCP port on loopback, for a server the test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (crashes and stack traces land here). */
  stderr(): string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * The real API (`src/main.ts`) in a process of its own, so a test can SIGKILL it. Compiled on the fly by ts-node with
 * SWC (decorator metadata on, as Nest needs) and with the workspace's path aliases, so it runs the code as it is
 * now rather than a possibly stale build. Resolves once `/healthz` answers 200.
 */
/** How long an API process may take to answer /healthz after it is spawned. */
export const START_TIMEOUT_MS = 180_000;

export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      TS_NODE_PROJECT: 'tsconfig.base.json',
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node10' }),
      TS_NODE_SWC: 'true',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  const api: ApiProcess = { url: `http://127.0.0.1:${port}`, child, stderr: () => stderr, exited };
  // Compiling the API on start takes a minute on a busy 2-core machine; a broken start fails long before this.
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await healthStatus(api.url).then((status) => status === 200, () => false))) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not answer /healthz within ${START_TIMEOUT_MS / 1000} seconds:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return api;
}

/** The status `/healthz` answers with, giving up after `timeoutMs` (a hang is a failure, not a wait). */
export async function healthStatus(url: string, timeoutMs = 5000): Promise<number> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
  return response.status;
}

/** Ends the process (if it is still running) and waits until it has gone. */
export async function stopApiProcess(api: ApiProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!api) return;
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill(signal);
  await api.exited;
}
