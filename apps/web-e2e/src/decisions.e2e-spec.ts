import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';

/** The summary list's value for a label on the decision page. */
const summaryValue = (page: Page, label: string) => page.locator('.nhsuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('the decision log in the browser', () => {
  let browser: Browser;
  let page: Page;
  // Unique per run, so the viewer's search finds this run's decision only.
  const title = `Joint discharge team ${Date.now()}`;
  let decisionPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(() => page.context().close());

  it('lets a leader record a decision, amend it, see what the amendment changed and open the original', async () => {
    await signIn(page, 'leader@northshire.example');
    await page.waitForURL(/\/review/);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    await page.getByRole('status').filter({ hasText: /decision/ }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Record a decision' }).click();
    await page.waitForURL(/\/decisions\/new$/);
    // Nothing filled in: the problems are listed at the top and beside each field, and nothing is recorded.
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.locator('#title-error').textContent()).toMatch(/Enter the title/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const forum = page.getByLabel('Forum', { exact: true });
    await forum.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    await forum.selectOption({ index: 1 });
    const forumName = await forum.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
    await page.getByLabel('Day').fill('12');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2026');
    await page.locator('#title').fill(title);
    await page.getByLabel('Summary').fill('Partners agreed to fund a joint discharge team from pooled money for a year.');
    await page.getByLabel('Deferred').check();
    await page.getByLabel('Sharing power').check();

    await page.getByRole('button', { name: 'Add an evidence link' }).click();
    const evidence = page.getByRole('group', { name: 'Evidence link 1' });
    await evidence.getByLabel('Web address').fill('https://example.nhs.uk/minutes/2026-03.pdf');
    await evidence.getByLabel('Title of the evidence').fill('Minutes, March 2026');

    const adding = page.getByLabel('Organisation to add');
    await adding.locator('option:nth-child(3)').waitFor({ state: 'attached' });
    const names: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      await adding.selectOption({ index: 1 });
      names.push(await adding.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''));
      await page.getByRole('button', { name: 'Add organisation' }).click();
    }
    const first = page.getByRole('group', { name: names[0] });
    await first.getByLabel('Affected').check();
    await first.getByLabel('Present').check();
    await first.getByLabel('Vote').check();
    await page.getByRole('group', { name: names[1] }).getByLabel('Consulted').check();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    decisionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Decision recorded' }).waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await summaryValue(page, 'Forum').textContent()).toBe(forumName);
    expect(await summaryValue(page, 'Outcome').textContent()).toBe('Deferred');
    const link = summaryValue(page, 'Evidence').getByRole('link', { name: /Minutes, March 2026/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const participants = page.getByRole('table', { name: 'How each organisation took part' });
    expect(await participants.locator('tbody tr').count()).toBe(2);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Amend this decision' }).click();
    await page.waitForURL(/\/amend$/);
    await page.getByLabel('Agreed').check();
    await page.getByRole('button', { name: 'Save amendment' }).click();
    await page.locator('#reason-error').waitFor();
    expect(await page.locator('#reason-error').textContent()).toMatch(/Enter the reason for the amendment/);
    // What was changed is still there after the problem.
    expect(await page.getByLabel('Agreed').isChecked()).toBe(true);
    await page.getByLabel('Why are you amending it?').fill('The minutes were corrected at the April meeting: the board agreed it.');
    await page.getByRole('button', { name: 'Save amendment' }).click();
    await page.waitForURL((url) => url.pathname === decisionPath);
    await page.getByRole('heading', { name: 'Decision amended' }).waitFor();
    await page.getByText('Amended 1 time.').waitFor();
    expect(await summaryValue(page, 'Outcome').textContent()).toBe('Agreed');
    const amendment = page.locator('section', { has: page.getByRole('heading', { level: 3, name: /^Amendment 1: .* by / }) });
    expect(await amendment.textContent()).toContain('The minutes were corrected at the April meeting');
    const changes = await amendment.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.lastChild?.textContent)));
    expect(changes).toEqual([['Outcome', 'Deferred', 'Agreed']]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'See the original as recorded' }).click();
    await page.getByText('The original, as recorded').waitFor();
    expect(await summaryValue(page, 'Outcome').textContent()).toBe('Deferred');
    expect(await page.getByRole('link', { name: 'Amend this decision' }).count()).toBe(0);
    // Recording, amending and reading back take many steps; the default minute is too short on a busy machine.
  }, 180_000);

  it('lets a viewer find and read the decision, with no Record or Amend buttons', async () => {
    expect(decisionPath).not.toBe('');
    await signIn(page, 'viewer@northshire.example');
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto('/decisions');
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    await page.getByLabel('Search').fill(title);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('status').filter({ hasText: /^1 decision$/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Record a decision' }).count()).toBe(0);
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: title }) });
    expect(await row.textContent()).toContain('Amended');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await row.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname === decisionPath);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Amended 1 time.').waitFor();
    expect(await page.getByRole('link', { name: 'Amend this decision' }).count()).toBe(0);

    await page.goto(`${decisionPath}/amend`);
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to amend this decision' }).waitFor();
  });
});
