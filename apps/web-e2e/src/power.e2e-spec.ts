import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql, ukDay } from './support/survey';

const RECORD = 'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }';
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

    // A decision taken today that affected two partners, neither of them there: affected, but no say.
    const { forums } = await graphql<{ forums: { id: string }[] }>(leader, '{ forums { id } }');
    const { organisations } = await graphql<{ organisations: { edges: { node: { id: string } }[] } }>(leader, '{ organisations(first: 2) { edges { node { id } } } }');
    await graphql(leader, RECORD, {
      i: {
        forumId: forums[0].id,
        date: today,
        title: 'Winter beds plan settled by the trust',
        summary: 'The plan was settled before the meeting; the partners affected were not there.',
        outcome: 'AGREED',
        participants: organisations.edges.map(({ node }) => ({ organisationId: node.id, affected: true })),
      },
    });
    const after = (await graphql<{ powerIndicators: { inclusionRatio: number | null } }>(leader, INCLUSION, period)).powerIndicators.inclusionRatio;
    expect(after).not.toBeNull();
    if (before !== null) expect(after as number).toBeLessThan(before);

    await leader.reload();
    await leader.getByRole('heading', { level: 1, name: 'Power sharing' }).waitFor();
    await leader.getByText(periodValue(after), { exact: true }).first().waitFor();
    expect(await value.textContent()).toBe(periodValue(after));
    expect(await card.getByRole('link', { name: /See the decisions behind it/ }).getAttribute('href')).toBe(`/decisions?from=${period.from}&to=${period.to}`);
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);
  });
});

function lastDayOfThisMonth(): Date {
  const [year, month] = ukDay().split('-').map(Number);
  return new Date(Date.UTC(year, month, 0));
}

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + count, 1)).toISOString().slice(0, 7);
}
