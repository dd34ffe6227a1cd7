import { ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from './api-process';

const ROOT = resolve(__dirname, '../../../..');

/** A PostgreSQL server of one test file's own: stopping it touches no other test. */
export interface TestPostgres {
  /** URL of the `stewardship` database on it. */
  databaseUrl: string;
  /** Fast shutdown (open transactions are rolled back, sessions cut), as when the database host goes away. */
  stop(): Promise<void>;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

/** Starts an embedded PostgreSQL on a free port with its data under .data/, and creates the `stewardship` database. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const port = await freePort();
  const dataDir = resolve(ROOT, `.data/postgres-faults-${process.pid}-${port}`);
  let server: ChildProcess | undefined;

  const start = async () => {
    const child = spawn(process.execPath, [resolve(__dirname, 'postgres-process.mjs'), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((ready, fail) => {
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()).includes('ready\n') && ready());
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => fail(new Error(`The test's PostgreSQL exited with code ${code} before it was ready:\n${output}`)));
    });
    server = child;
  };
  const stop = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };

  await start();
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}`;
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  await client.query('create database stewardship');
  await client.end();
  return {
    databaseUrl: `${serverUrl}/stewardship`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
