import { DataSource } from 'typeorm';
import Papa from 'papaparse';
import { ImportsService } from '../../../apps/api/src/imports/imports.service';
import { OrganisationEntity } from '../../../apps/api/src/organisations/organisation.entity';
import { OrganisationPlaceEntity } from '../../../apps/api/src/organisations/organisation-place.entity';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import { startTestApp, TestApp } from '../../../apps/api/test/support/test-app';
import { printBench, timed } from './report';

const ROWS = 20_000;

function organisationsCsv(prefix: string): string {
  const rows = [['External ID', 'Name', 'ODS code', 'Kind', 'Places', 'Weight']];
  for (let i = 1; i <= ROWS; i++) rows.push([`${prefix}-${i}`, `${prefix} Partner ${i}`, '', i % 2 ? 'VCSE organisation' : 'Social care provider', 'Ashby', String(i % 97)]);
  return Papa.unparse(rows);
}

/** The baseline: the same rows saved one by one through the ORM, in one transaction, as a naive import would. */
async function rowByRow(dataSource: DataSource, systemId: string, placeId: string, prefix: string): Promise<void> {
  await dataSource.transaction(async (tx) => {
    for (let i = 1; i <= ROWS; i++) {
      const saved = await tx.getRepository(OrganisationEntity).save(
        tx.getRepository(OrganisationEntity).create({ systemId, externalId: `${prefix}-${i}`, name: `${prefix} Partner ${i}`, odsCode: null, kind: i % 2 ? 'VCSE' : 'SOCIAL_CARE_PROVIDER', sector: i % 2 ? 'VCSE' : 'INDEPENDENT', weight: i % 97 }),
      );
      await tx.getRepository(OrganisationPlaceEntity).insert({ organisationId: saved.id, placeId, systemId });
    }
  });
}

describe('register import', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it(`commits ${ROWS.toLocaleString('en-GB')} organisation rows`, async () => {
    const batched = await createSystem(api.dataSource, 'Bench Batched ICS', ['Ashby'], []);
    const naive = await createSystem(api.dataSource, 'Bench Naive ICS', ['Ashby'], []);
    const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [batched.users.ADMIN]);
    const caller = { systemId: batched.system.id, userId, role: 'ADMIN' } as Caller;
    const imports = api.app.get(ImportsService);
    const file = { kind: 'organisations' as const, fileName: 'bench.csv', contentBase64: Buffer.from(organisationsCsv('Bench')).toString('base64') };

    const previewMs = await timed(() => imports.preview(caller, file));
    const commitMs = await timed(() => imports.commit(caller, file));
    const reimportMs = await timed(() => imports.commit(caller, file));
    const baselineMs = await timed(() => rowByRow(api.dataSource, naive.system.id, naive.placeIds['Ashby'], 'Naive'));

    const [{ n }] = await api.dataSource.query('select count(*)::int as n from organisations where system_id = $1', [batched.system.id]);
    expect(n).toBe(ROWS); // the bench measured a real, complete import
    const perSecond = (ms: number) => `${Math.round(ROWS / (ms / 1000)).toLocaleString('en-GB')} rows/s`;
    printBench(`Register import, ${ROWS.toLocaleString('en-GB')} organisations (parse + validate + write + audit, one transaction)`, [
      { figure: 'preview (no writes)', measured: `${(previewMs / 1000).toFixed(2)} s`, baseline: '-', note: perSecond(previewMs) },
      { figure: 'commit', measured: `${(commitMs / 1000).toFixed(2)} s`, baseline: `${(baselineMs / 1000).toFixed(2)} s`, note: `${perSecond(commitMs)} vs ${perSecond(baselineMs)} row by row (${(baselineMs / commitMs).toFixed(1)}x)` },
      { figure: 're-import (no changes)', measured: `${(reimportMs / 1000).toFixed(2)} s`, baseline: '-', note: perSecond(reimportMs) },
    ]);
  });
});
