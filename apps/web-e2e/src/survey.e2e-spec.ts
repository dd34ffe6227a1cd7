import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { firstMonthWithoutRound, monthName, PRACTICE_KEYS, tabTo, ukDay } from './support/survey';

async function fillDate(page: Page, legend: string, day: string) {
  const [year, month, date] = day.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(date)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the pulse survey in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an admin opens a round; a respondent answers it on a 320 px phone with the keyboard alone', async () => {
    // An administrator opens a round that is open now, inviting six people, and takes one of the links.
    const admin = await newPage(browser);
    await signIn(admin, 'admin@northshire.example');
    await admin.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const month = await firstMonthWithoutRound(admin);
    await admin.goto('/survey-rounds');
    await admin.getByRole('link', { name: 'Open a survey round' }).click();
    await admin.getByLabel('Month surveyed').fill(month);
    await fillDate(admin, 'Opens', ukDay(-1));
    await fillDate(admin, 'Closes', ukDay(7));
    const people = admin.getByRole('region', { name: 'People who can be invited' }).getByRole('checkbox');
    await people.first().waitFor();
    for (let i = 0; i < 6; i += 1) await people.nth(i).check();
    await admin.getByText('6 people selected').waitFor();
    await admin.getByRole('button', { name: 'Open survey round' }).click();

    await admin.getByRole('heading', { level: 1, name: `Survey links for ${monthName(month)}` }).waitFor();
    const links = await admin.locator('.app-survey-link').allTextContents();
    expect(links).toHaveLength(6);
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download links as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Name,Email,Organisation,Link');
    expect(csv).toContain(links[0]);
    await admin.context().close();

    // The respondent, on a phone, with the keyboard only.
    const phone = await newPage(browser, { width: 320, height: 640 });
    const surveyPath = new URL(links[0]).pathname;
    await phone.goto(surveyPath);
    await phone.getByRole('heading', { level: 1, name: `Pulse survey for ${monthName(month)}` }).waitFor();
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await phone.getByText('0 of 6 practices answered').first().waitFor();

    // Submitting with nothing answered lists what is missing; its first link leads to the first question.
    await tabTo(phone, 'button[type="submit"]');
    await phone.keyboard.press('Enter');
    const summary = phone.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBe(6);
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Enter');
    expect(await focusedId(phone)).toBe('practice-SAFE_ENVIRONMENT');

    // Space chooses the focused option, the arrow keys move to others: 4 Agree for every practice, with one comment.
    await phone.keyboard.press('Space');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('Tab');
    await phone.keyboard.type('Partners challenge each other openly at the place board.');
    for (const practice of PRACTICE_KEYS.slice(1)) {
      await tabTo(phone, `#practice-${practice}`);
      await phone.keyboard.press('Space');
      for (let i = 0; i < 3; i += 1) await phone.keyboard.press('ArrowDown');
    }
    expect(await phone.locator('#practice-SHARED_DECISIONS-4').isChecked()).toBe(true);
    await phone.getByText('6 of 6 practices answered').first().waitFor();

    // Answers are saved as they go, and the same link brings them back.
    await phone.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor();
    await phone.reload();
    await phone.getByText('6 of 6 practices answered').first().waitFor();
    expect(await phone.locator('#practice-SAFE_ENVIRONMENT-4').isChecked()).toBe(true);
    expect(await phone.locator('#practice-SAFE_ENVIRONMENT-comment').inputValue()).toBe('Partners challenge each other openly at the place board.');

    for (const question of ['direction', 'alignment', 'commitment']) {
      await tabTo(phone, `#${question}`);
      await phone.keyboard.press('Space');
      await phone.keyboard.press('ArrowDown');
      await phone.keyboard.press('ArrowDown');
    }
    expect(await phone.locator('#commitment-3').isChecked()).toBe(true);

    // Find a partner by typing, add it, and rate the relationship.
    await tabTo(phone, '#partner-search');
    await phone.keyboard.type('hospice');
    await tabTo(phone, '.app-partner-picker__add');
    const added = ((await phone.evaluate(() => document.activeElement?.textContent)) ?? '').replace(/^Add /, '');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 3, name: added }).waitFor();
    expect(await phone.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Space');
    for (let i = 0; i < 3; i += 1) await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Space');
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('ArrowDown');
    await phone.keyboard.press('ArrowDown');
    const card = phone.getByRole('region', { name: added });
    expect(await card.getByRole('group', { name: 'Trust' }).getByLabel('4').isChecked()).toBe(true);
    expect(await card.getByRole('group', { name: 'Value' }).getByLabel('2').isChecked()).toBe(true);
    expect(await card.getByLabel('Contact frequency').inputValue()).toBe('MONTHLY');
    expect(await card.getByLabel('Type').inputValue()).toBe('JOINT_PROGRAMME');
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);

    await tabTo(phone, 'button[type="submit"]');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    expect(await phone.getByText('Your answers for').textContent()).toContain(monthName(month));

    // The link has done its job.
    await phone.goto(surveyPath);
    await phone.getByRole('heading', { level: 1, name: 'You have already submitted your answers' }).waitFor();
    await phone.context().close();
  });

  it('lists rounds with a true response count and the UK days each was open, summer months included', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'admin@northshire.example');
    await admin.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await admin.goto('/survey-rounds');
    const table = admin.getByRole('table', { name: 'Survey rounds, newest first' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(24);
    expect(rows.filter((row) => / of 0 /.test(row))).toEqual([]);
    // The demo's past rounds were loaded without invitations: they count responses alone.
    const july = table.locator('tbody tr', { has: admin.getByRole('link', { name: /^July \d{4}$/ }) }).first();
    const year = (await july.getByRole('link').textContent())?.slice(-4);
    expect(await july.textContent()).toMatch(new RegExp(`Opens\\s*1 July ${year}\\s*Closes\\s*21 July ${year}\\s*.*Responses\\s*[\\d,]+ responses`));
    expect(await seriousAccessibilityProblems(admin)).toEqual([]);
    await admin.context().close();
  });
});
