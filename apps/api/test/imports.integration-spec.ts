import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createSystem, FixtureSystem, PASSWORD, registerCounts } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const PREVIEW = 'mutation($i: ImportFileInput!) { previewImport(input: $i) { rowCount create update unchanged problemCount problems { row column value message } } }';
const COMMIT = 'mutation($i: ImportFileInput!) { commitImport(input: $i) { created updated unchanged } }';
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const csvFile = (kind: string, rows: string[][], fileName = `${kind}.csv`) => ({ kind, fileName, contentBase64: base64(Papa.unparse(rows)) });

function organisationRows(count: number): string[][] {
  const rows = [['External ID', 'Name', 'ODS code', 'Kind', 'Sector', 'Places', 'Weight']];
  for (let i = 1; i <= count; i++) rows.push([`ORG-${i}`, `Imported Partner ${i}`, `U${String(10000 + i)}`, 'Primary care network', '', 'Ashby', String(i / 10)]);
  return rows;
}

describe('importing the register from spreadsheets', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;
  const gql = (query: string, variables: Record<string, unknown>, token = admin) => api.graphql(query, variables, token);

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await createSystem(api.dataSource, 'Import ICS', ['Ashby', 'Brackenford'], [{ name: 'Import ICB', kind: 'ICB', sector: 'NHS', odsCode: 'QIM' }]);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
  });
  afterAll(() => api.close());

  it('writes nothing when one row of 500 is bad, and reports exactly that row, column and value', async () => {
    const rows = organisationRows(500);
    rows[250][2] = 'R!'; // spreadsheet row 251 (the header is row 1)
    const before = await registerCounts(api.dataSource);
    const preview = await gql(PREVIEW, { i: csvFile('organisations', rows) });
    expect(preview.data?.['previewImport']).toMatchObject({ rowCount: 500, problemCount: 1 });
    expect(preview.data?.['previewImport'].problems).toEqual([
      expect.objectContaining({ row: 251, column: 'ODS code', value: 'R!', message: expect.stringMatching(/ODS code must be 3 to 6 letters or digits/) }),
    ]);

    const commit = await gql(COMMIT, { i: csvFile('organisations', rows) });
    expect(errorCodes(commit)).toEqual(['BAD_USER_INPUT']);
    expect(commit.errors?.[0].message).toBe('The file has 1 problem; nothing was imported. Fix them and try again.');
    expect(commit.errors?.[0].extensions?.['problems'][0]).toMatchObject({ row: 251, column: 'ODS code' });
    expect(await registerCounts(api.dataSource)).toEqual(before);
  });

  it('imports 500 partners in one go, and importing the same file again changes nothing', async () => {
    const rows = organisationRows(500);
    rows[7][2] = ''; // ORG-7 has no ODS code
    const file = csvFile('organisations', rows);
    expect((await gql(PREVIEW, { i: file })).data?.['previewImport']).toMatchObject({ rowCount: 500, create: 500, update: 0, unchanged: 0, problemCount: 0 });
    expect((await gql(COMMIT, { i: file })).data?.['commitImport']).toEqual({ created: 500, updated: 0, unchanged: 0 });

    const imported = await gql('{ organisations(filter: { search: "U10042" }) { edges { node { name odsCode kind sector weight externalId places { name } } } } }', {});
    expect(imported.data?.['organisations'].edges).toEqual([
      { node: { name: 'Imported Partner 42', odsCode: 'U10042', kind: 'PRIMARY_CARE_NETWORK', sector: 'NHS', weight: 4.2, externalId: 'ORG-42', places: [{ name: 'Ashby' }] } },
    ]);
    // The creation's history names every field the row set, and no blank one.
    const [{ id: withoutCode }] = await api.dataSource.query(`select id from organisations where external_id = 'ORG-7'`);
    const fieldsOf = async (id: string) => (await gql('query($id: ID!) { auditHistory(entityType: ORGANISATION, entityId: $id) { changes { field } } }', { id })).data?.['auditHistory'][0].changes;
    expect(await fieldsOf(withoutCode)).toEqual(['externalId', 'kind', 'name', 'sector', 'weight'].map((field) => ({ field })));
    const [{ id: created }] = await api.dataSource.query(`select id from organisations where external_id = 'ORG-42'`);
    const history = await gql('query($id: ID!) { auditHistory(entityType: ORGANISATION, entityId: $id) { action viaImport actor changes { field from to } } }', { id: created });
    expect(history.data?.['auditHistory']).toEqual([
      {
        action: 'CREATE',
        viaImport: true,
        actor: 'ADMIN of Import ICS',
        changes: [
          { field: 'externalId', from: null, to: 'ORG-42' },
          { field: 'kind', from: null, to: 'PRIMARY_CARE_NETWORK' },
          { field: 'name', from: null, to: 'Imported Partner 42' },
          { field: 'odsCode', from: null, to: 'U10042' },
          { field: 'sector', from: null, to: 'NHS' },
          { field: 'weight', from: null, to: '4.2' },
        ],
      },
    ]);

    const before = await registerCounts(api.dataSource);
    const [{ n: auditsBefore }] = await api.dataSource.query('select count(*)::int as n from audit_events');
    expect((await gql(COMMIT, { i: file })).data?.['commitImport']).toEqual({ created: 0, updated: 0, unchanged: 500 });
    expect(await registerCounts(api.dataSource)).toEqual(before);
    const [{ n: auditsAfter }] = await api.dataSource.query('select count(*)::int as n from audit_events');
    expect(auditsAfter).toBe(auditsBefore);
  });

  it('previews each changed row with the row it matched, the key it matched by, and every old and new value, writing nothing', async () => {
    const rows = [
      ['External ID', 'Name', 'Kind', 'Weight'],
      ['ORG-1', 'Imported Partner 1', 'Primary care network', '5'],
      ['', 'IMPORTED PARTNER 2', 'Primary care network', '0.2'],
    ];
    const preview = await gql(
      'mutation($i: ImportFileInput!) { previewImport(input: $i) { update changes { row matchedName matchedBy fields { field from to } } } }',
      { i: csvFile('organisations', rows) },
    );
    expect(preview.data?.['previewImport']).toEqual({
      update: 2,
      changes: [
        { row: 2, matchedName: 'Imported Partner 1', matchedBy: 'externalId', fields: [{ field: 'Weight', from: '0.1', to: '5' }] },
        {
          row: 3,
          matchedName: 'Imported Partner 2',
          matchedBy: 'name',
          fields: [
            { field: 'External ID', from: 'ORG-2', to: null },
            { field: 'Name', from: 'Imported Partner 2', to: 'IMPORTED PARTNER 2' },
          ],
        },
      ],
    });
    expect(await api.dataSource.query(`select name from organisations where external_id = 'ORG-2'`)).toEqual([{ name: 'Imported Partner 2' }]);
  });

  it('updates matched rows and records the change in the audit history as an import', async () => {
    const rows = organisationRows(2);
    rows[1][1] = 'Imported Partner One Renamed';
    rows[1][5] = 'Ashby; Brackenford';
    expect((await gql(COMMIT, { i: csvFile('organisations', rows) })).data?.['commitImport']).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const [{ id }] = await api.dataSource.query(`select id from organisations where external_id = 'ORG-1'`);
    const history = await gql('query($id: ID!) { auditHistory(entityType: ORGANISATION, entityId: $id) { action viaImport changes { field } } }', { id });
    expect(history.data?.['auditHistory'][0]).toEqual({ action: 'UPDATE', viaImport: true, changes: expect.arrayContaining([{ field: 'name' }]) });
    const organisation = await gql('query($id: ID!) { organisation(id: $id) { name places { name } } }', { id });
    expect(organisation.data?.['organisation']).toEqual({ name: 'Imported Partner One Renamed', places: [{ name: 'Ashby' }, { name: 'Brackenford' }] });
  });

  it('stores a formula cell from an XLSX as inert text and exports it escaped', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['Name', 'Email', 'Organisation', 'Role group']);
    sheet.addRow([{ formula: 'HYPERLINK("http://evil.example","Click me")' }, 'click@evil.example', 'QIM', 'Executive']);
    const file = { kind: 'people', fileName: 'people.xlsx', contentBase64: base64(Buffer.from(await workbook.xlsx.writeBuffer())) };
    expect((await gql(COMMIT, { i: file })).data?.['commitImport']).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [person] = await api.dataSource.query(`select name from people where email = 'click@evil.example'`);
    expect(person.name).toBe('=HYPERLINK("http://evil.example","Click me")');

    const exported = (await gql('query { exportRegister(kind: people) }', {})).data?.['exportRegister'] as string;
    const parsed = Papa.parse<string[]>(exported.trim()).data;
    expect(parsed[0]).toEqual(['External ID', 'Name', 'Email', 'Organisation', 'Role group']);
    expect(parsed).toContainEqual(['', `'=HYPERLINK("http://evil.example","Click me")`, 'click@evil.example', 'QIM', 'Executive']);
  });

  it('refuses a file that is not CSV or XLSX, and an XLSX whose header matches nothing, saying what is wrong', async () => {
    const pdf = await gql(PREVIEW, { i: { kind: 'places', fileName: 'places.pdf', contentBase64: base64('%PDF-1.7 not a spreadsheet') } });
    expect(pdf.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'file', message: expect.stringMatching(/CSV or XLSX/) }]);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([['Organisation name', 'Budget'], ['Ashby Mind', '1']]);
    const noHeader = await gql(PREVIEW, { i: { kind: 'organisations', fileName: 'partners.xlsx', contentBase64: base64(Buffer.from(await workbook.xlsx.writeBuffer())) } });
    expect(noHeader.errors?.[0].extensions?.['fieldErrors'][0].message).toMatch(/has no "Name" or "Kind" column. Its columns are: Organisation name, Budget/);
  });

  it('imports forums with their seats from one sheet, one row per seat', async () => {
    const rows = [
      ['Forum', 'Forum kind', 'Forum place', 'Organisation', 'Voting', 'Chair', 'From', 'To'],
      ['Ashby Place Board', 'Place board', 'Ashby', 'QIM', 'yes', 'yes', '2024-04-01', ''],
      ['Ashby Place Board', 'Place board', 'Ashby', 'U10002', 'no', 'no', '01/05/2024', ''],
    ];
    expect((await gql(COMMIT, { i: csvFile('forums', rows) })).data?.['commitImport']).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const forums = await gql('{ forums { name kind place { name } seats { voting chair from organisation { name } } } }', {});
    expect(forums.data?.['forums']).toEqual([
      {
        name: 'Ashby Place Board', kind: 'PLACE_BOARD', place: { name: 'Ashby' },
        seats: expect.arrayContaining([
          { voting: true, chair: true, from: '2024-04-01', organisation: { name: 'Import ICB' } },
          { voting: false, chair: false, from: '2024-05-01', organisation: { name: 'Imported Partner 2' } },
        ]),
      },
    ]);
    expect((await gql(COMMIT, { i: csvFile('forums', rows) })).data?.['commitImport']).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('offers a template for each kind that names the columns', async () => {
    const template = (await gql('{ importTemplate(kind: organisations) }', {})).data?.['importTemplate'] as string;
    expect(template.split(/\r?\n/)[0]).toMatch(/^External ID \(optional\),Name,ODS code \(optional\),Kind,/);
  });

  it('lets only administrators import', async () => {
    const lead = await api.signIn(fixture.users.PLACE_LEAD, PASSWORD);
    const before = await registerCounts(api.dataSource);
    expect(errorCodes(await gql(COMMIT, { i: csvFile('organisations', organisationRows(3)) }, lead))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(PREVIEW, { i: csvFile('organisations', organisationRows(3)) }, lead))).toEqual(['FORBIDDEN']);
    expect(await registerCounts(api.dataSource)).toEqual(before);
  });
});
