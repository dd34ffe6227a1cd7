import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';

describe('the partner register in the browser', () => {
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

  it('shows a signed-out visitor only the sign-in page, and brings them back to where they were going', async () => {
    await page.goto('/partners?sector=VCSE');
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Add a partner' }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Email address').fill('viewer@northshire.example');
    await page.getByLabel('Password').fill('northshire-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/partners\?sector=VCSE/);
    await page.getByRole('table').waitFor();
    const sectors = await page.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.textContent ?? ''));
    expect(sectors.length).toBeGreaterThan(0);
    expect(sectors.every((text) => text.includes('VCSE'))).toBe(true);
  });

  it('lands each role on the page its monthly job starts from', async () => {
    const landings: [string, RegExp][] = [
      ['leader@northshire.example', /\/review$/],
      ['ned@northshire.example', /\/claims\?status=AWAITING$/],
      ['placelead@northshire.example', /\/review\?place=[0-9a-f-]{36}$/],
      ['admin@northshire.example', /\/partners$/],
    ];
    for (const [email, landing] of landings) {
      const fresh = await newPage(browser);
      await signIn(fresh, email);
      await fresh.waitForURL(landing);
      await fresh.getByRole('heading', { level: 1 }).waitFor();
      await fresh.context().close();
    }
  });

  it("starts a place lead's Partners, Forums and People on their own place, which they can widen to all places", async () => {
    await signIn(page, 'placelead@northshire.example');
    await page.waitForURL(/\/review\?place=/);
    await page.goto(`/places/${new URL(page.url()).searchParams.get('place')}`);
    const placeName = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(placeName).not.toBe('');
    for (const list of ['/partners', '/forums', '/people']) {
      await page.goto(list);
      await page.getByRole('table').waitFor();
      const place = page.getByLabel('Place', { exact: true });
      expect(await place.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(placeName);
    }
    // On Forums, every forum listed serves the place; choosing all places shows the whole-system ones too.
    await page.goto('/forums');
    await page.getByRole('table').waitFor();
    const placesShown = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(placesShown.length).toBeGreaterThan(0);
    expect(placesShown.every((text) => text.includes(placeName))).toBe(true);
    await page.getByLabel('Place', { exact: true }).selectOption({ label: 'All places' });
    await page.waitForURL(/place=all/);
    await page.getByText('Whole system').first().waitFor();
  });

  it('says so next to the fields when the password is wrong', async () => {
    await signIn(page, 'viewer@northshire.example', 'not the password');
    await page.getByText('Email or password is not right').first().waitFor();
    expect(page.url()).toMatch(/\/sign-in/);
  });

  it('lets a viewer search and filter the register, open a partner, but not add one; then sign out', async () => {
    await signIn(page, 'viewer@northshire.example');
    await page.getByRole('table').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Add a partner' }).count()).toBe(0);

    await page.getByLabel('Search').fill('Hospice');
    await page.getByRole('button', { name: /search|apply/i }).first().click();
    await page.waitForURL(/search=Hospice/);
    const names = async () => page.locator('tbody tr th, tbody tr td:first-child').allTextContents();
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].every((r) => /hospice/i.test(r.textContent ?? '')));
    const hospices = await names();
    expect(hospices.length).toBeGreaterThan(0);

    await page.getByLabel('Kind').selectOption({ label: 'Hospice' });
    await page.getByRole('button', { name: /search|apply/i }).first().click();
    await page.waitForURL(/kind=HOSPICE/);

    await page.locator('tbody tr a').first().click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
    await page.getByText('Hospice').first().waitFor();
    expect(await page.getByRole('link', { name: 'Edit partner' }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' })).first().click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in/);
  });

  it('lets an admin add a partner, with the ODS code problem shown next to the field and nothing saved until fixed', async () => {
    await signIn(page, 'admin@northshire.example');
    await page.getByRole('link', { name: 'Add a partner' }).click();
    await page.waitForURL(/\/partners\/new/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Name', { exact: true }).fill('Ashby Befriending Network');
    await page.getByLabel('ODS code (optional)').fill('R!');
    await page.getByLabel('Kind').selectOption({ label: 'VCSE organisation' });
    await page.getByRole('button', { name: 'Save partner' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/ODS code must be 3 to 6 letters or digits/);
    expect(page.url()).toMatch(/\/partners\/new/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // a name already in the register is refused by the API, shown against the name field
    await page.getByLabel('ODS code (optional)').fill('');
    await page.getByLabel('Name', { exact: true }).fill('Northshire Integrated Care Board');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByText(/already exists/).first().waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Ashby Befriending Network');
    await page.getByLabel('ODS code (optional)').fill('dq9');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
    await page.getByText('DQ9').first().waitFor();

    await page.goto('/partners?search=Befriending');
    await page.getByRole('link', { name: 'Ashby Befriending Network' }).waitFor();
  });

  it('works at phone width (320 px) without sideways scrolling on the register', async () => {
    const phone = await newPage(browser, { width: 320, height: 640 });
    await signIn(phone, 'leader@northshire.example');
    await phone.waitForURL(/\/review/);
    await phone.goto('/partners');
    await phone.getByLabel('Search').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context().close();
  });
});
