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

/** An admin opens a round and a respondent answers it by keyboard, in two browsers: twice the usual test's room. */
const TWO_PEOPLE_TIMEOUT_MS = 120_000;

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the pulse survey in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an admin opens a round for people picked by filters; a respondent answers it on a phone with the keyboard alone', async () => {
    // An administrator opens a round that is open now. The month is already the first without a round.
    const admin = await newPage(browser);
    await signIn(admin, 'admin@northshire.example');
    await admin.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const month = await firstMonthWithoutRound(admin);
    await admin.goto('/survey-rounds');
    await admin.getByRole('link', { name: 'Open a survey round' }).click();
    expect(await admin.getByLabel('Month surveyed').inputValue()).toBe(month);
    await fillDate(admin, 'Opens', ukDay(-1));
    await fillDate(admin, 'Closes', ukDay(7));

    // The list is narrowed by place, and everyone who matches is selected, not only the people shown.
    const everyone = Number((await admin.getByText(/^[\d,]+ people match the filters\.$/).textContent())?.replace(/\D/g, ''));
    await admin.getByLabel('Place').selectOption({ index: 1 });
    const inPlace = admin.getByRole('button', { name: /^Select all [\d,]+ that match$/ });
    await admin.waitForFunction((total) => {
      const match = /^([\d,]+) (?:person|people) match/.exec(document.querySelector('.app-invitee-count p:last-child')?.textContent ?? '');
      return match !== null && Number(match[1].replace(/,/g, '')) < total;
    }, everyone);
    const matching = Number((await inPlace.textContent())?.replace(/\D/g, ''));
    expect(matching).toBeGreaterThan(0);
    await inPlace.click();
    await admin.getByText(`${matching} ${matching === 1 ? 'person' : 'people'} selected`).waitFor();

    // Back to everyone: those chosen stay chosen, and one more can be ticked.
    await admin.getByLabel('Place').selectOption({ index: 0 });
    await admin.getByText(`${everyone.toLocaleString('en-GB')} people match the filters.`).waitFor();
    await admin.getByRole('region', { name: 'People who can be invited' }).locator('input[type="checkbox"]:not(:checked)').first().check();
    await admin.getByText(`${matching + 1} people selected`).waitFor();
    expect(await seriousAccessibilityProblems(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Open survey round' }).click();

    await admin.getByRole('heading', { level: 1, name: `Survey links for ${monthName(month)}` }).waitFor();
    const links = await admin.locator('.app-survey-link').allTextContents();
    expect(links).toHaveLength(matching + 1);
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download links as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Name,Email,Organisation,Link');
    expect(csv).toContain(links[0]);
    await admin.context().close();

    // The respondent, on a 320 px phone, with the keyboard only.
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
    // Trust 4 and value 2 with the arrow keys along the row, then how often and what type.
    const rateAddedPartner = async () => {
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
    };
    await rateAddedPartner();
    const card = phone.getByRole('region', { name: added });
    expect(await card.getByRole('group', { name: 'Trust' }).getByLabel('4').isChecked()).toBe(true);
    expect(await card.getByRole('group', { name: 'Value' }).getByLabel('2').isChecked()).toBe(true);
    expect(await card.getByLabel('How often in contact').inputValue()).toBe('MONTHLY');
    expect(await card.getByLabel('Type of relationship').inputValue()).toBe('JOINT_PROGRAMME');
    await phone.getByText('1 of 1 partner rated').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // "Find another partner" ends every card; the next partner is added and rated the same way.
    const pressesAfterFirst = await tabTo(phone, '.app-partner-card__find');
    await phone.keyboard.press('Enter');
    expect(await focusedId(phone)).toBe('partner-search');
    await phone.keyboard.type('e');
    await tabTo(phone, '.app-partner-picker__add');
    const second = ((await phone.evaluate(() => document.activeElement?.textContent)) ?? '').replace(/^Add /, '');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 3, name: second }).waitFor();
    await rateAddedPartner();
    await phone.getByText('2 of 2 partners rated').first().waitFor();
    // Getting back to the search takes as many key presses for the second partner as for the first.
    expect(await tabTo(phone, '.app-partner-card__find')).toBe(pressesAfterFirst);
    expect(pressesAfterFirst).toBeLessThanOrEqual(2);

    // On a 390 × 844 phone a partner's card fits one screen, its 1 to 5 in one row.
    await phone.setViewportSize({ width: 390, height: 844 });
    const cardBox = await card.boundingBox();
    expect(cardBox?.height).toBeLessThanOrEqual(844);
    const radios = await Promise.all([1, 2, 3, 4, 5].map((n) => card.getByRole('group', { name: 'Trust' }).getByRole('radio').nth(n - 1).boundingBox()));
    expect(new Set(radios.map((box) => Math.round(box?.y ?? -1))).size).toBe(1);
    expect(radios.map((box) => box?.x ?? 0)).toEqual([...radios.map((box) => box?.x ?? 0)].sort((a, b) => a - b));
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);

    await tabTo(phone, 'button[type="submit"]');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    expect(await phone.getByText('Your answers for').textContent()).toContain(monthName(month));

    // The link has done its job.
    await phone.goto(surveyPath);
    await phone.getByRole('heading', { level: 1, name: 'You have already submitted your answers' }).waitFor();
    await phone.context().close();
  }, TWO_PEOPLE_TIMEOUT_MS);

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
