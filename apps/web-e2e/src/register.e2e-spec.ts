import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';

/** The name of a forum whose seat history is longer than its current seats, asked of the API with the page's session. */
function forumWithSeatHistory(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ forums { name current: seats { id } all: seats(includeEnded: true) { id } } }' }),
    });
    const { data } = (await response.json()) as { data: { forums: { name: string; current: unknown[]; all: unknown[] }[] } };
    const forum = data.forums.find((f) => f.all.length > f.current.length && f.current.length > 0);
    if (!forum) throw new Error('No demo forum has ended seats');
    return forum.name;
  });
}

describe('places and forums in the browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, 'admin@northshire.example');
    await page.getByRole('table').waitFor();
  });
  afterAll(() => browser?.close());

  it("shows a forum's current seats, and every seat it has had on request", async () => {
    const forumName = await forumWithSeatHistory(page);
    await page.getByRole('link', { name: 'Forums', exact: true }).click();
    await page.getByRole('table', { name: 'Current forums' }).getByRole('link', { name: forumName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: forumName }).waitFor();

    const current = page.getByRole('table', { name: 'Current seats' });
    await current.waitFor();
    const currentSeats = await current.locator('tbody tr').count();
    expect(currentSeats).toBeGreaterThan(0);
    expect(await current.getByRole('link', { name: /^Change/ }).count()).toBe(currentSeats);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Show seat history').check();
    await page.waitForURL(/history=show/);
    const every = page.getByRole('table', { name: 'Every seat, ended ones included, latest first' });
    await every.getByText('Ended', { exact: true }).first().waitFor();
    expect(await every.locator('tbody tr').count()).toBeGreaterThan(currentSeats);

    await page.getByLabel('Show seat history').uncheck();
    await current.waitFor();
    expect(await current.locator('tbody tr').count()).toBe(currentSeats);
    expect(page.url()).not.toMatch(/history=/);
  });

  it('lets an administrator archive a place after confirming, which then shows only under "Show archived"', async () => {
    await page.getByRole('link', { name: 'Places', exact: true }).click();
    const currentPlaces = page.getByRole('table', { name: 'Current places' });
    await currentPlaces.getByRole('link', { name: 'Dunmere', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dunmere' }).waitFor();

    await page.getByRole('button', { name: 'Archive place' }).click();
    await page.getByRole('heading', { name: /Archive Dunmere\?/ }).waitFor();
    await page.getByRole('button', { name: 'Yes, archive place' }).click();
    await page.getByText('Dunmere has been archived.').waitFor();
    await page.getByRole('button', { name: 'Restore place' }).waitFor();
    await page.getByRole('table', { name: /Change history/ }).locator('tbody tr').filter({ hasText: 'Archived' }).first().waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to places' }).click();
    await currentPlaces.getByRole('link', { name: 'Ashby', exact: true }).waitFor();
    expect(await currentPlaces.getByRole('link', { name: 'Dunmere', exact: true }).count()).toBe(0);

    await page.getByLabel('Show archived places').check();
    await page.waitForURL(/archived=show/);
    const allPlaces = page.getByRole('table', { name: 'All places, archived ones included' });
    await allPlaces.getByRole('row', { name: /Dunmere/ }).getByText('Archived').waitFor();
  });

  it("shows a place's partners, forums and scores, and a partner's seats and relationship ratings", async () => {
    await page.getByRole('link', { name: 'Places', exact: true }).click();
    await page.getByRole('table', { name: 'Current places' }).getByRole('link', { name: 'Ashby', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ashby' }).waitFor();
    const partners = page.getByRole('table', { name: 'Partners serving Ashby' });
    await partners.waitFor();
    expect(await partners.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('table', { name: 'Forums of Ashby' }).locator('tbody a').first().waitFor();
    const scores = page.getByRole('table', { name: /^Practice scores for Ashby/ });
    await scores.waitFor();
    expect(await scores.locator('tbody tr').count()).toBe(6);
    expect(await page.getByRole('link', { name: /See Ashby’s scores month by month/ }).getAttribute('href')).toMatch(/^\/scores\?place=/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await partners.locator('tbody a').first().click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Seats on forums' }).waitFor();
    await page.getByLabel('Month', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Received from other partners’ respondents' }).waitFor();
    // Each side shows its figures or why they are hidden, never nothing.
    const ratings = (await page.locator('section', { has: page.getByRole('heading', { name: 'Relationship ratings' }) }).textContent()) ?? '';
    expect(ratings).toMatch(/Given by .*(Ratings given|Not shown: ).*Received from/);
    expect(ratings).toMatch(/Received from other partners’ respondents.*(Mean trust received|Not shown: )/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
