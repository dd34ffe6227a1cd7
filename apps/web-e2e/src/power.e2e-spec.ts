import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql, ukDay } from './support/survey';

const INCLUSION = 'query($from: String!, $to: String!) { powerIndicators(from: $from, to: $to) { inclusionRatio } }';

/** The card's "Over the period" value, as the page writes it. */
const periodValue = (value: number | null) => (value === null ? 'No decisions in this period' : `${(value * 100).toFixed(1)}%`);

describe('power sharing in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows a leader the figures, and a lower inclusion ratio after a decision that left affected partners without a say', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await leader.getByRole('link', { name: 'Power sharing' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Power sharing' }).waitFor();
    const card = leader.getByRole('region', { name: 'Inclusion ratio' });
    const value = card.getByTestId('power-inclusionRatio-period');
    await value.waitFor();
    await leader.getByRole('img', { name: 'Representation by sector on ' + new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(lastDayOfThisMonth()) }).waitFor();
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);

    // The page's period is the last 12 months, ending with this month.
    const today = ukDay();
    const period = { from: `${addMonths(today.slice(0, 7), -11)}-01`, to: lastDayOfThisMonth().toISOString().slice(0, 10) };
    const before = (await graphql<{ powerIndicators: { inclusionRatio: number | null } }>(leader, INCLUSION, period)).powerIndicators.inclusionRatio;
    expect(await value.textContent()).toBe(periodValue(before));

    // Recorded on the decisions page: taken today, affecting two partners, neither of them there, so with no say.
    await leader.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Decisions' }).click();
    await leader.getByRole('link', { name: 'Record a decision' }).click();
    await leader.waitForURL(/\/decisions\/new$/);
    const forum = leader.getByLabel('Forum', { exact: true });
    await forum.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    await forum.selectOption({ index: 1 });
    const [year, month, day] = today.split('-');
    await leader.getByLabel('Day').fill(String(Number(day)));
    await leader.getByLabel('Month').fill(String(Number(month)));
    await leader.getByLabel('Year').fill(year);
    await leader.locator('#title').fill(`Winter beds plan settled by the trust ${Date.now()}`);
    await leader.getByLabel('Summary').fill('The plan was settled before the meeting; the partners affected were not there.');
    await leader.getByLabel('Agreed').check();
    const adding = leader.getByLabel('Organisation to add');
    await adding.locator('option:nth-child(3)').waitFor({ state: 'attached' });
    const names: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      await adding.selectOption({ index: 1 });
      names.push(await adding.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''));
      await leader.getByRole('button', { name: 'Add organisation' }).click();
    }
    for (const name of names) await leader.getByRole('group', { name }).getByLabel('Affected').check();
    await leader.getByRole('button', { name: 'Record decision' }).click();
    await leader.getByRole('heading', { name: 'Decision recorded' }).waitFor();

    const after = (await graphql<{ powerIndicators: { inclusionRatio: number | null } }>(leader, INCLUSION, period)).powerIndicators.inclusionRatio;
    expect(after).not.toBeNull();
    if (before !== null) expect(after as number).toBeLessThan(before);

    await leader.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Power sharing' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Power sharing' }).waitFor();
    await leader.getByText(periodValue(after), { exact: true }).first().waitFor();
    expect(await value.textContent()).toBe(periodValue(after));
    expect(await card.getByRole('link', { name: /See the decisions behind it/ }).getAttribute('href')).toBe(`/decisions?from=${period.from}&to=${period.to}`);
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);
    // Two pages, two accessibility checks and the decision form: over a minute on a loaded machine.
  }, 180_000);
});

function lastDayOfThisMonth(): Date {
  const [year, month] = ukDay().split('-').map(Number);
  return new Date(Date.UTC(year, month, 0));
}

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + count, 1)).toISOString().slice(0, 7);
}
