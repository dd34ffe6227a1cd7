import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { tableFingerprint } from './support/table-fingerprint';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const PREVIEW = 'mutation($i: ImportFileInput!) { previewImport(input: $i) { rowCount create update unchanged problemCount problems { row column value message } } }';
const COMMIT = 'mutation($i: ImportFileInput!) { commitImport(input: $i) { created updated unchanged } }';
const LOG = `{ decisions(first: 5) { totalCount edges { node { current {
  date title summary outcome outsideForum conflictSurfaced practices author
  forum { name } proposer { name } evidence { url title } reopens { current { title } }
  participants { organisation { name } affected present consulted vote dissented deputy delegatedAuthority } } } } } }`;

const HEADERS = ['Forum', 'Date', 'Title', 'Summary', 'Proposed by', 'Outcome', 'Taken outside the forum', 'Conflict surfaced', 'Practices', 'Reopens', 'Evidence URL', 'Evidence title', 'Affected', 'Present', 'Consulted', 'Voted', 'Dissented', 'Deputies', 'Deputies with delegated authority'];
const ROWS = [
  ['Ashby Place Board', '2025-04-10', 'Pool the frailty budget', 'Partners agreed to pool community frailty budgets from July.', 'QTR', 'Agreed', 'no', 'yes', '4; 6', '', 'https://example.org/minutes/2025-04', 'Minutes, April 2025', 'QTR; Voice of Ashby', 'QTR; Voice of Ashby', '', 'QTR', 'Voice of Ashby', 'Voice of Ashby', ''],
  ['ASHBY-BOARD', '12/06/2025', 'Revisit the pooling', 'The council asked to revisit the pooling after its budget round.', '', 'Deferred', 'yes', '', 'Sharing power', '2025-04-10 Pool the frailty budget', '', '', 'Voice of Ashby', 'QTR', 'Voice of Ashby', '', '', '', 'QTR'],
];
const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
const csvFile = (rows: string[][]) => ({ kind: 'decisions', fileName: 'decisions.csv', contentBase64: base64(Papa.unparse([HEADERS, ...rows])) });
async function xlsxFile(rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Decisions').addRows([HEADERS, ...rows]);
  return { kind: 'decisions', fileName: 'decisions.xlsx', contentBase64: base64(Buffer.from(await workbook.xlsx.writeBuffer())) };
}

describe('importing decisions from spreadsheets', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, cookie = admin) => api.graphql(query, variables, cookie);

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await createSystem(api.dataSource, 'Decision Import ICS', ['Ashby'], [
      { name: 'Import Trust', kind: 'ACUTE_TRUST', sector: 'NHS', odsCode: 'QTR' },
      { name: 'Voice of Ashby' },
    ]);
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
    const board = await gql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Ashby Place Board', kind: 'PLACE_BOARD', placeId: fixture.placeIds['Ashby'], externalId: 'ASHBY-BOARD' } });
    expect(board.errors).toBeUndefined();
    expect((await gql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'System Board', kind: 'ICB_BOARD' } })).errors).toBeUndefined();
    // Another system's forum and partner, which no row of this system may name.
    const other = await createSystem(api.dataSource, 'Other ICS', ['Elsewhere'], [{ name: 'Other Trust', odsCode: 'QOT' }]);
    const otherAdmin = await api.signIn(other.users.ADMIN, PASSWORD);
    expect((await gql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Other Board', kind: 'ICB_BOARD' } }, otherAdmin)).errors).toBeUndefined();
  }, 120_000);
  afterAll(() => api.close());

  it('writes nothing when one row is bad, naming the row, column and value, and resolves names in the caller’s system only', async () => {
    const bad = [ROWS[0], [...ROWS[1]], ['Other Board', '2025-05-01', 'Elsewhere', 'Not ours.', 'QOT', 'Agreed', '', '', '', '', '', '', '', '', '', '', '', '', '']];
    bad[1][13] = 'Voice of Ashby'; // present no longer includes QTR, whose deputy had delegated authority
    const before = await tableFingerprint(api.dataSource);
    const preview = await gql(PREVIEW, { i: csvFile(bad) });
    expect(preview.data?.['previewImport']).toMatchObject({ rowCount: 3, create: 1, problemCount: 3 });
    expect(preview.data?.['previewImport'].problems).toEqual([
      {
        row: 3,
        column: 'Deputies with delegated authority',
        value: 'QTR',
        message: "Import Trust was represented by a deputy but is not under Present: a deputy attends in a member's place, so add it to Present",
      },
      { row: 4, column: 'Forum', value: 'Other Board', message: 'Unknown forum "Other Board": use the name or external ID of a forum already in the register' },
      { row: 4, column: 'Proposed by', value: 'QOT', message: 'Unknown organisation "QOT": use the ODS code or exact name of an organisation already in the register' },
    ]);
    const commit = await gql(COMMIT, { i: csvFile(bad) });
    expect(errorCodes(commit)).toEqual(['BAD_USER_INPUT']);
    expect(commit.errors?.[0].message).toBe('The file has 3 problems; nothing was imported. Fix them and try again.');
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('imports a CSV of decisions with their participants, a decision reopening one on an earlier row; the same file again adds nothing', async () => {
    expect((await gql(PREVIEW, { i: csvFile(ROWS) })).data?.['previewImport']).toEqual({ rowCount: 2, create: 2, update: 0, unchanged: 0, problemCount: 0, problems: [] });
    expect((await gql(COMMIT, { i: csvFile(ROWS) })).data?.['commitImport']).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const log = await gql(LOG);
    expect(log.errors).toBeUndefined();
    expect(log.data?.['decisions'].edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      {
        current: {
          date: '2025-06-12',
          title: 'Revisit the pooling',
          summary: 'The council asked to revisit the pooling after its budget round.',
          outcome: 'DEFERRED',
          outsideForum: true,
          conflictSurfaced: false,
          practices: ['SHARING_POWER'],
          author: 'ADMIN of Decision Import ICS',
          forum: { name: 'Ashby Place Board' },
          proposer: null,
          evidence: [],
          reopens: { current: { title: 'Pool the frailty budget' } },
          participants: expect.arrayContaining([
            { organisation: { name: 'Import Trust' }, affected: false, present: true, consulted: false, vote: false, dissented: false, deputy: true, delegatedAuthority: true },
            { organisation: { name: 'Voice of Ashby' }, affected: true, present: false, consulted: true, vote: false, dissented: false, deputy: false, delegatedAuthority: false },
          ]),
        },
      },
      {
        current: {
          date: '2025-04-10',
          title: 'Pool the frailty budget',
          summary: 'Partners agreed to pool community frailty budgets from July.',
          outcome: 'AGREED',
          outsideForum: false,
          conflictSurfaced: true,
          practices: ['SHARING_POWER', 'SHARED_DECISIONS'],
          author: 'ADMIN of Decision Import ICS',
          forum: { name: 'Ashby Place Board' },
          proposer: { name: 'Import Trust' },
          evidence: [{ url: 'https://example.org/minutes/2025-04', title: 'Minutes, April 2025' }],
          reopens: null,
          participants: expect.arrayContaining([
            { organisation: { name: 'Import Trust' }, affected: true, present: true, consulted: false, vote: true, dissented: false, deputy: false, delegatedAuthority: false },
            { organisation: { name: 'Voice of Ashby' }, affected: true, present: true, consulted: false, vote: false, dissented: true, deputy: true, delegatedAuthority: false },
          ]),
        },
      },
    ]);
    expect(log.data?.['decisions'].edges.map((edge: { node: { current: { participants: unknown[] } } }) => edge.node.current.participants.length)).toEqual([2, 2]);

    const before = await tableFingerprint(api.dataSource);
    expect((await gql(PREVIEW, { i: csvFile(ROWS) })).data?.['previewImport']).toMatchObject({ rowCount: 2, create: 0, update: 0, unchanged: 2, problemCount: 0 });
    expect((await gql(COMMIT, { i: csvFile(ROWS) })).data?.['commitImport']).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('imports an XLSX, reopening a decision already in the log; exported decisions import back unchanged', async () => {
    const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    const rows = [['Ashby Place Board', '2025-09-01', 'Restore the frailty budget', 'Partners restored the pooled budget.', 'Voice of Ashby', 'Rejected', '', '', '', '12/06/2025 revisit the pooling', '', '', '', 'QTR', '', 'QTR', 'QTR', '', '']];
    const file = await xlsxFile(rows);
    expect((await gql(PREVIEW, { i: file }, leader)).data?.['previewImport']).toMatchObject({ create: 1, unchanged: 0, problemCount: 0 });
    expect((await gql(COMMIT, { i: file }, leader)).data?.['commitImport']).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const log = await gql(LOG);
    expect(log.data?.['decisions'].edges[0].node.current).toMatchObject({
      title: 'Restore the frailty budget',
      author: 'LEADER of Decision Import ICS',
      reopens: { current: { title: 'Revisit the pooling' } },
      participants: [{ organisation: { name: 'Import Trust' }, affected: false, present: true, consulted: false, vote: true, dissented: true, deputy: false, delegatedAuthority: false }],
    });

    const exported = (await gql('{ exportRegister(kind: decisions) }')).data?.['exportRegister'] as string;
    expect(exported.split('\r\n')[0]).toBe(HEADERS.join(','));
    expect(exported.split('\r\n')).toHaveLength(4);
    const roundTrip = await gql(PREVIEW, { i: { kind: 'decisions', fileName: 'export.csv', contentBase64: base64(exported) } });
    expect(roundTrip.data?.['previewImport']).toMatchObject({ rowCount: 3, create: 0, unchanged: 3, problemCount: 0 });
  });

  it("lets administrators, leaders and place leads (their own place's forums) import decisions, them nothing else, and no other role", async () => {
    const row = [['Ashby Place Board', '2025-10-01', 'Role check', 'Checks who may import.', '', 'Agreed', '', '', '', '', '', '', '', '', '', '', '', '', '']];
    const others = await Promise.all((['NON_EXECUTIVE', 'VIEWER'] as const).map((role) => api.signIn(fixture.users[role], PASSWORD)));
    const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    const placeLead = await api.signIn(fixture.users.PLACE_LEAD, PASSWORD);
    const before = await tableFingerprint(api.dataSource);
    for (const cookie of others) {
      expect(errorCodes(await gql(PREVIEW, { i: csvFile(row) }, cookie))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(COMMIT, { i: csvFile(row) }, cookie))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql('{ importTemplate(kind: decisions) }', {}, cookie))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql('{ importColumns(kind: decisions) { header } }', {}, cookie))).toEqual(['FORBIDDEN']);
    }
    const places = { kind: 'places', fileName: 'places.csv', contentBase64: base64('Name\nNew Place\n') };
    for (const cookie of [leader, placeLead]) {
      expect(errorCodes(await gql(PREVIEW, { i: places }, cookie))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(COMMIT, { i: places }, cookie))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql('{ importTemplate(kind: places) }', {}, cookie))).toEqual(['FORBIDDEN']);
    }
    // The place lead leads Ashby: the system-wide board is not theirs.
    const systemWide = [[...row[0]]];
    systemWide[0][0] = 'System Board';
    const refused = await gql(COMMIT, { i: csvFile(systemWide) }, placeLead);
    expect(refused.errors?.[0].extensions?.['problems']).toEqual([
      { row: 2, column: 'Forum', value: 'System Board', message: `"System Board" is not one of your place's forums: a place lead imports decisions of their own place's forums only` },
    ]);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
    expect((await gql(COMMIT, { i: csvFile(row) }, placeLead)).data?.['commitImport']).toEqual({ created: 1, updated: 0, unchanged: 0 });

    const template = (await gql('{ importTemplate(kind: decisions) }', {}, leader)).data?.['importTemplate'] as string;
    expect(template.split(/\r?\n/)[0]).toMatch(/^Forum,Date,Title,Summary,Proposed by \(optional\),Outcome,/);
    const columns = await gql('{ importColumns(kind: decisions) { header required help examples } }', {}, leader);
    expect(columns.data?.['importColumns'].map((column: { header: string }) => column.header)).toEqual(HEADERS);
    expect(columns.data?.['importColumns'][9]).toEqual({
      header: 'Reopens',
      required: false,
      help: expect.stringContaining('a decision already in the log, or one on an earlier row of this file'),
      examples: ['', '2025-04-10 Pool the frailty budget'],
    });
  });
});
