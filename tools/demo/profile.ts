import { DataSource, Logger } from 'typeorm';
import { Client } from 'pg';
import { dataSourceOptions, runMigrations } from '../../apps/api/src/database/data-source';
import { loadDemoSystem } from '../../apps/api/src/demo/demo-loader';
class Slow implements Logger {
  logQuery() {} logQueryError() {} logSchemaBuild() {} logMigration() {} log() {}
  logQuerySlow(time: number, query: string) { process.stdout.write(`${time} ms ${query.replace(/\s+/g, ' ').slice(0, 110)}\n`); }
}
async function main() {
  const server = 'postgres://postgres@127.0.0.1:5432';
  const name = `stw_profile_${Date.now()}`;
  const c = new Client(`${server}/postgres`); await c.connect(); await c.query(`create database ${name}`);
  const ds = new DataSource({ ...dataSourceOptions(`${server}/${name}`), logger: new Slow(), maxQueryExecutionTime: 100 } as any);
  await ds.initialize(); await runMigrations(ds);
  try {
    await loadDemoSystem(ds, { scale: 'large', surveyMonths: Number(process.argv[2] ?? 1), decisionMonths: Number(process.argv[3] ?? 3), connections: 1, log: (l) => console.log(l) });
  } finally { await ds.destroy(); console.log(name); await c.end(); }
}
main();
