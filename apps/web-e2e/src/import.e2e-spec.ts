import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';

/** A CSV field, quoted when it needs to be. */
const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** "ODS code (optional)" and "ODS code" name the same column. */
const columnName = (header: string) => header.replace(/\s*\(optional\)\s*$/i, '').trim();

/** A CSV with the template's header row and one row per partner, each given by column name. */
function partnersCsv(header: string[], partners: Partial<Record<string, string>>[]): string {
  const lines = [header, ...partners.map((partner) => header.map((column) => partner[columnName(column)] ?? ''))];
  return lines.map((cells) => cells.map(field).join(',')).join('\n') + '\n';
}

/** The visible text of each body cell of a table, row by row (the phone layout's repeated headings are hidden). */
/** The table's body cells, once it has rows (it may be rendering still, e.g. just after a disclosure opens). */
async function bodyCells(page: Page, tableName: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: tableName }).locator('tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim())));
}

describe('importing partners from a spreadsheet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, 'admin@northshire.example');
    await page.getByRole('table').waitFor();
  });
  afterAll(() => browser?.close());

  it('lists every broken row, imports nothing until the file is fixed, then imports every row at once', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }).waitFor();
    await page.getByLabel('Partner organisations').check();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the template for partner organisations' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('partners-template.csv');
    const template = await readFile(await download.path(), 'utf8');
    const header = template.split(/\r?\n/)[0].split(',');
    expect(header.map(columnName)).toEqual(expect.arrayContaining(['Name', 'ODS code', 'Kind', 'Places']));

    const partners: Partial<Record<string, string>>[] = [
      { Name: 'Ashby Carers Import Trial', Kind: 'VCSE organisation', Places: 'Ashby' },
      { Name: 'Brackenford Men Sheds Import Trial', 'ODS code': 'R!!', Kind: 'VCSE organisation', Places: 'Brackenford' },
      { Name: 'Carrow Vale Food Bank Import Trial', Kind: 'VCSE organisation', Places: 'Carrow Vale' },
      { Name: 'Ashby Cottage Hospital Import Trial', Kind: 'Hospital', Places: 'Ashby; Brackenford' },
      { Name: 'Brackenford Good Neighbours Import Trial', Kind: 'VCSE organisation', Places: 'Brackenford' },
    ];
    const fileInput = page.getByLabel('Spreadsheet (CSV or XLSX)');
    await fileInput.setInputFiles({ name: 'new-partners.csv', mimeType: 'text/csv', buffer: Buffer.from(partnersCsv(header, partners)) });
    await page.getByRole('button', { name: 'Check the file' }).click();

    await page.getByRole('heading', { name: 'There are 2 problems in the file' }).waitFor();
    await page.getByText('Nothing has been imported').first().waitFor();
    const problems = await bodyCells(page, 'Problems in new-partners.csv');
    expect(problems).toHaveLength(2);
    // The header is row 1, so the second and fourth partners are rows 3 and 5.
    expect(problems[0].slice(0, 3)).toEqual(['3', expect.stringMatching(/^ODS code/), 'R!!']);
    expect(problems[0][3]).toMatch(/ODS code/);
    expect(problems[1].slice(0, 3)).toEqual(['5', expect.stringMatching(/^Kind/), 'Hospital']);
    expect(await page.getByRole('button', { name: 'Import 5 rows' }).isDisabled()).toBe(true);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Nothing was written while the file had problems.
    const fixed = partners.map((partner) =>
      partner['ODS code'] === 'R!!' ? { ...partner, 'ODS code': 'ZQ91' } : partner['Kind'] === 'Hospital' ? { ...partner, Kind: 'Hospice' } : partner,
    );
    await fileInput.setInputFiles({ name: 'new-partners.csv', mimeType: 'text/csv', buffer: Buffer.from(partnersCsv(header, fixed)) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('5 rows: 5 new, 0 changed, 0 unchanged').waitFor();
    await page.getByRole('button', { name: 'Import 5 rows' }).click();
    await page.getByRole('heading', { name: 'Imported: 5 added, 0 changed, 0 unchanged' }).waitFor();

    await page.goto('/partners?search=Import%20Trial');
    const table = page.getByRole('table', { name: 'Partners matching your search and filters' });
    await table.getByRole('link', { name: 'Ashby Cottage Hospital Import Trial' }).waitFor();
    const names = await table.locator('tbody tr a').allTextContents();
    expect(names.sort()).toEqual(fixed.map((partner) => partner['Name']).sort());
    expect(await table.getByRole('row', { name: /Brackenford Men Sheds Import Trial/ }).textContent()).toContain('ZQ91');
  });
});

describe('importing decisions from a spreadsheet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, 'leader@northshire.example');
    await page.getByRole('link', { name: 'Import', exact: true }).waitFor();
  });
  afterAll(() => browser?.close());

  it('lets a leader import decisions only, shows what each column holds, and adds nothing the second time', async () => {
    await page.goto('/partners');
    const partner = ((await page.locator('table tbody tr a').first().textContent()) ?? '').trim();
    expect(partner).not.toBe('');

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(1);
    await page.getByLabel('Decisions').check();
    await page.getByText('What each column of the decisions file holds').click();
    const columns = await bodyCells(page, 'Columns of the decisions file');
    expect(columns.map((row) => row[0])).toEqual(expect.arrayContaining(['Forum', 'Reopens (optional)', 'Deputies with delegated authority (optional)']));

    const csv = ['Forum,Date,Title,Summary,Outcome,Present,Voted', ['Ashby Place Board', '2026-11-20', 'Browser-imported decision', 'Imported in a browser test.', 'Agreed', partner, partner].map(field).join(',')].join('\n');
    const fileInput = page.getByLabel('Spreadsheet (CSV or XLSX)');
    await fileInput.setInputFiles({ name: 'decisions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('1 row: 1 new, 0 changed, 0 unchanged').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByRole('heading', { name: 'Imported: 1 added, 0 changed, 0 unchanged' }).waitFor();

    await fileInput.setInputFiles({ name: 'decisions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('1 row: 0 new, 0 changed, 1 unchanged').waitFor();
  });
});
