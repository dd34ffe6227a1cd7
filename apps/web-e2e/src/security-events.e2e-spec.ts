import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';

/** The visible text of each body cell of the security events table, row by row, newest first. */
function eventRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Security events, newest first' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim())));
}

describe('security events in the browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(() => page.context().close());

  it('shows an administrator a refused sign-in, their sign-in and their export, newest first, with who and from where', async () => {
    await signIn(page, 'admin@northshire.example', 'not the password');
    await page.getByText('Email or password is not right').first().waitFor();
    await signIn(page, 'admin@northshire.example');
    await page.getByRole('table').waitFor();

    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV of the people' }).click()]);
    expect(download.suggestedFilename()).toBe('people.csv');

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Security events' }).click();
    await page.getByRole('heading', { level: 1, name: 'Security events' }).waitFor();
    await page.getByRole('table', { name: 'Security events, newest first' }).waitFor();
    expect(await page.title()).toBe('Security events – Stewardship');

    const [exported, signedIn, refused] = await eventRows(page);
    // innerText leaves out each cell's phone-layout heading, hidden on a wide screen.
    expect(exported[1]).toBe('Register exported as CSV');
    expect(exported[2]).toContain('Priya Raman');
    expect(exported[2]).toContain('admin@northshire.example');
    expect(exported[3]).toMatch(/127\.0\.0\.1/);
    expect(exported[4]).toBe('List: People');
    expect(signedIn[1]).toBe('Signed in');
    expect(signedIn[2]).toContain('Priya Raman');
    expect(refused[1]).toBe('Sign-in refused');
    expect(refused[2]).toContain('Priya Raman');
    // Times are UK wall-clock times, "2 December 2026 at 08:40".
    expect(exported[0]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/);
    expect(await page.getByText('Passwords, survey links and session tokens are never recorded.').count()).toBe(1);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('gives anyone but an administrator no link to the events, and no events if they go to the address', async () => {
    await signIn(page, 'viewer@northshire.example');
    await page.getByRole('table').waitFor();
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'People' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Security events' }).count()).toBe(0);

    await page.goto('/security-events');
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to see security events' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
