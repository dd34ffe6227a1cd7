import Papa from 'papaparse';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import { ImportsService } from '../../../apps/api/src/imports/imports.service';
import { OrganisationPlaceEntity } from '../../../apps/api/src/organisations/organisation-place.entity';
import { OrganisationEntity } from '../../../apps/api/src/organisations/organisation.entity';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { FigureGroup } from './figure';
import { Measurement, timed } from './measure';

const ROWS = 20_000;

function organisationsCsv(): string {
  const rows = [['External ID', 'Name', 'ODS code', 'Kind', 'Places', 'Weight']];
  for (let i = 1; i <= ROWS; i++) rows.push([`Bench-${i}`, `Bench Partner ${i}`, '', i % 2 ? 'VCSE organisation' : 'Social care provider', 'Ashby', String(i % 97)]);
  return Papa.unparse(rows);
}

let systems = 0;

/** A new system with one place, Ashby, and the caller who administers it. */
async function newSystem(api: TestApp): Promise<{ caller: Caller; placeId: string }> {
  const fixture = await createSystem(api.dataSource, `Bench Import ICS ${++systems}`, ['Ashby'], []);
  const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [fixture.users.ADMIN]);
  return { caller: { systemId: fixture.system.id, userId, role: 'ADMIN', placeId: null, systemViewGranted: false, sessionId: '', membershipId: '' }, placeId: fixture.placeIds['Ashby'] };
}

/** The baseline: the same rows saved one by one through the ORM, in one transaction, as a naive import would. */
async function saveRowByRow(api: TestApp, systemId: string, placeId: string): Promise<void> {
  await api.dataSource.transaction(async (tx) => {
    for (let i = 1; i <= ROWS; i++) {
      const saved = await tx.getRepository(OrganisationEntity).save(
        tx.getRepository(OrganisationEntity).create({ systemId, externalId: `Bench-${i}`, name: `Bench Partner ${i}`, odsCode: null, kind: i % 2 ? 'VCSE' : 'SOCIAL_CARE_PROVIDER', sector: i % 2 ? 'VCSE' : 'INDEPENDENT', weight: i % 97 }),
      );
      await tx.getRepository(OrganisationPlaceEntity).insert({ organisationId: saved.id, placeId, systemId });
    }
  });
}

export const registerImportFigures: FigureGroup = {
  id: 'import',
  title: `Register import: ${ROWS.toLocaleString('en-GB')} organisations (parse + validate + write + audit, one transaction)`,
  names: ['import-commit', 'import-reimport', 'import-preview'],
  async prepare(api) {
    const imports = api.app.get(ImportsService);
    const file = { kind: 'organisations' as const, fileName: 'bench.csv', contentBase64: Buffer.from(organisationsCsv()).toString('base64') };
    const imported = await newSystem(api);
    await imports.commit(imported.caller, file);
    const empty = await newSystem(api);
    const rowsPerSecond = (name: string, run: () => Promise<number>): Measurement => ({ name, unit: 'rows/s', rows: ROWS, run });
    return [
      {
        measurement: rowsPerSecond('import-commit', async () => {
          const { caller } = await newSystem(api);
          return timed(() => asSystem(caller.systemId, () => imports.commit(caller, file)));
        }),
        description: 'every row new, into an empty system',
        baseline: rowsPerSecond('import-row-by-row', async () => {
          const { caller, placeId } = await newSystem(api);
          return timed(() => asSystem(caller.systemId, () => saveRowByRow(api, caller.systemId, placeId)));
        }),
        target: { text: '>= 10,000 rows/s and >= 15x row by row', met: ({ median, ratio }) => median >= 10_000 && ratio !== undefined && ratio >= 15 },
      },
      {
        measurement: rowsPerSecond('import-reimport', () => timed(() => asSystem(imported.caller.systemId, () => imports.commit(imported.caller, file)))),
        description: 'the same file again: every row unchanged',
        target: { text: '>= 20,000 rows/s', met: ({ median }) => median >= 20_000 },
      },
      {
        measurement: rowsPerSecond('import-preview', () => timed(() => asSystem(empty.caller.systemId, () => imports.preview(empty.caller, file)))),
        description: 'every row new; nothing written',
      },
    ];
  },
};
