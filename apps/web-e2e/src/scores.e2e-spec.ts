import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { firstMonthWithoutRound, graphql, monthName, PRACTICE_KEYS } from './support/survey';

const OPEN_ROUND = `mutation OpenRound($input: OpenSurveyRoundInput!) { openSurveyRound(input: $input) { links { url } } }`;
const SUBMIT = `mutation Submit($token: String!, $answers: SurveyAnswersInput!) { submitSurvey(token: $token, answers: $answers) }`;

/** The first practice's scores from five respondents: their mean is 3.80. */
const SAFE_ENVIRONMENT_SCORES = [3, 4, 4, 5, 3];

/** Opens a round for a month of its own and has `count` invited people (five at most) submit their answers. */
async function roundWithResponses(admin: Page, count: number): Promise<string> {
  const month = await firstMonthWithoutRound(admin);
  const { people } = await graphql<{ people: { edges: { node: { id: string } }[] } }>(admin, `{ people(first: ${count}) { edges { node { id } } } }`);
  const day = 24 * 60 * 60 * 1000;
  const { openSurveyRound } = await graphql<{ openSurveyRound: { links: { url: string }[] } }>(admin, OPEN_ROUND, {
    input: {
      month,
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 7 * day).toISOString(),
      personIds: people.edges.map((edge) => edge.node.id),
    },
  });
  for (const [index, link] of openSurveyRound.links.entries()) {
    const answers = {
      practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: practice === 'SAFE_ENVIRONMENT' ? SAFE_ENVIRONMENT_SCORES[index] : 3 })),
      direction: 4,
      relationships: [],
    };
    await graphql(admin, SUBMIT, { token: new URL(link.url).pathname.split('/').pop(), answers });
  }
  return month;
}

describe('practice scores in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows a leader six SPC charts with variation icons and data tables, a new month once five people answer, and a month with four as a gap', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await leader.getByRole('link', { name: 'Practice scores' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Practice scores' }).waitFor();

    // Six practice charts (numbered), then direction, alignment and commitment.
    const charts = leader.getByRole('img', { name: /^\d\. .*: monthly mean score$/ });
    await charts.first().waitFor();
    expect(await charts.count()).toBe(6);
    expect(await leader.getByRole('img', { name: '1. Safe, inclusive and trusting environment: monthly mean score' }).count()).toBe(1);
    for (const question of ['Direction', 'Alignment', 'Commitment']) {
      await leader.getByRole('img', { name: `${question}: monthly mean score` }).waitFor();
    }
    const icons = await leader.locator('.app-variation-badge__label').allTextContents();
    expect(icons).toHaveLength(9);
    for (const label of icons) expect(label).toMatch(/^(Common cause variation|Special cause (improvement|concern|neither improvement nor concern) \((high|low)\))$/);

    const firstCard = leader.getByRole('region', { name: '1. Safe, inclusive and trusting environment' });
    const firstTable = leader.getByRole('region', { name: '1. Safe, inclusive and trusting environment: monthly figures' });
    await leader.getByText('1. Safe, inclusive and trusting environment: data table').click();
    const table = firstTable.getByRole('table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Month', 'n', 'Mean', '95% CI', 'Process mean', 'Limits', 'Rules', 'Variation']);
    expect(await table.getByRole('row').count()).toBe(25);
    // At 1280 px every column is in view: the table needs no sideways scrolling.
    expect(await firstTable.evaluate((region) => region.scrollWidth <= region.clientWidth)).toBe(true);
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);

    // Keyboard: the chart's months are one tab stop; the arrow keys move between them and show each month's details.
    const months = firstCard.getByRole('group', { name: /^Months on the/ }).getByRole('button');
    await months.first().focus();
    await leader.keyboard.press('ArrowRight');
    expect(await leader.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/: Mean \d\.\d\d\. 95% CI /);
    expect(await firstCard.locator('.app-xmr-chart__tooltip').isVisible()).toBe(true);

    // Five respondents answer a new round; the chart gains that month. Four answer the next: too few to show.
    const admin = await newPage(browser);
    await signIn(admin, 'admin@northshire.example');
    await admin.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const month = await roundWithResponses(admin, 5);
    const hiddenMonth = await roundWithResponses(admin, 4);
    await admin.context().close();

    await leader.reload();
    await leader.getByText('1. Safe, inclusive and trusting environment: data table').click();
    const row = firstTable.getByRole('row', { name: new RegExp(`^${monthName(month)}`) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['5', '3.80']);
    expect(await firstCard.getByRole('img').first().getAttribute('aria-describedby')).toBeTruthy();
    const description = await firstCard.locator('desc').textContent();
    expect(description).toContain(`Latest shown: 3.80 in ${monthName(month)} (n 5).`);

    // The hidden month is a gap: a row saying why, and on the chart no marker, only a tick whose title says why.
    const hiddenRow = firstTable.getByRole('row', { name: new RegExp(`^${monthName(hiddenMonth)}`) });
    expect(await hiddenRow.textContent()).toContain('Not shown:');
    const gaps = await firstCard.locator('.app-xmr-chart__gap title').allTextContents();
    expect(gaps).toContainEqual(expect.stringMatching(new RegExp(`^${monthName(hiddenMonth)} not shown: `)));
    const markers = await firstCard.locator('svg[role="img"] path[transform]').count();
    expect(markers).toBe((await firstCard.getByRole('group', { name: /^Months on the/ }).getByRole('button').count()) - gaps.length);

    // The CSV has the same figures, and the hidden month's are empty there too, with the reason.
    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: /^Download CSV/ }).click()]);
    const csv = Papa.parse<Record<string, string>>(await readFile((await download.path())!, 'utf8'), { header: true }).data;
    const practiceRows = csv.filter((r) => r['Measure'] === 'Safe, inclusive and trusting environment');
    expect(practiceRows.find((r) => r['Month'] === month)).toMatchObject({ n: '5', Mean: '3.80', 'Not shown because': '' });
    expect(practiceRows.find((r) => r['Month'] === hiddenMonth)).toMatchObject({ n: '', Mean: '', '95% CI lower': '', 'Not shown because': expect.stringMatching(/./) });
    await leader.context().close();
    // The accessibility check of the six charts takes most of a minute on a busy machine.
  }, 120_000);

  it('lets a leader accept the suggested rebase of shared purpose and then draws its limits split at the rebase', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // The demo's own months (the test above adds later ones): shared purpose stepped up for good in November 2025.
    await leader.goto('/scores?month=2026-10');
    const card = leader.locator('section[aria-labelledby="practice-shared_purpose-heading"]');
    const notice = card.getByRole('region', { name: /^Suggested rebase from November 2025/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/A sustained shift up \(November 2025 to October 2026\): 12 months in a row, November 2025 to October 2026, were above the mean/);
    const limitLines = card.locator('svg[role="img"] line[stroke-dasharray="6 4"]');
    expect(await limitLines.count()).toBe(2);

    await notice.getByRole('button', { name: /^Accept rebase/ }).click();
    const reason = notice.getByRole('textbox', { name: 'Reason for the rebase' });
    expect(await reason.inputValue()).toMatch(/^12 months in a row/);
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);
    await reason.fill('A shared outcomes framework was agreed in October 2025, and partners have worked to it since.');
    await notice.getByRole('button', { name: 'Set rebase from November 2025' }).click();

    // The chart is fetched again: a line marks the rebase with its reason, and each period has its own limits.
    const rebaseLine = card.locator('.app-xmr-chart__rebase title');
    await rebaseLine.waitFor({ state: 'attached' });
    expect(await rebaseLine.textContent()).toBe('Rebase from November 2025: A shared outcomes framework was agreed in October 2025, and partners have worked to it since.');
    expect(await limitLines.count()).toBe(4);
    expect(await card.getByRole('region', { name: /^Suggested rebase/ }).count()).toBe(0);
    expect(await card.getByRole('listitem').first().textContent()).toMatch(/^From November 2025: A shared outcomes framework .* Set by Helen Armstrong on /);

    // The data table says where the new period starts, and its process mean differs from the month before.
    await leader.getByText(/^3\. .*: data table$/).click();
    const table = leader.getByRole('region', { name: /^3\. .*: monthly figures$/ });
    const cellsOf = (month: string) => table.getByRole('row', { name: new RegExp(`^${monthName(month)}`) }).getByRole('cell').allTextContents();
    const [before, after] = [await cellsOf('2025-10'), await cellsOf('2025-11')];
    expect(await table.getByRole('row', { name: new RegExp(`^${monthName('2025-11')}`) }).textContent()).toContain('Rebase: new period from here.');
    expect(Number(after[3])).toBeGreaterThan(Number(before[3]) + 0.3);
    await leader.context().close();
  }, 120_000);
});
