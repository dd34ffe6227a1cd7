import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql } from './support/survey';

const NETWORK = `query { partnerNetwork { month suppressed nodes { organisationId name } ties { id } weakLinks { id kind sourceId targetId reason } } }`;

interface DemoNetwork {
  partnerNetwork: {
    month: string | null;
    suppressed: boolean;
    nodes: { organisationId: string; name: string }[];
    ties: { id: string }[];
    weakLinks: { id: string; kind: string; sourceId: string; targetId: string | null; reason: string }[];
  };
}

describe('the partner network in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('draws the demo network, opens a flagged link from the weak links table with its reason, and lists the same flags per partner', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const { partnerNetwork: network } = await graphql<DemoNetwork>(leader, NETWORK);
    expect(network.month).not.toBeNull();
    expect(network.suppressed).toBe(false);

    await leader.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Partner network' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Partner network' }).waitFor();
    // The map is drawn (WebGL, in Chromium's software renderer here) with every partner and tie of the month.
    const map = leader.locator('.app-network-map__canvas[data-drawn]');
    await map.waitFor({ timeout: 30_000 });
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    const partners = network.nodes.length.toLocaleString('en-GB');
    const ties = network.ties.length.toLocaleString('en-GB');
    await leader.getByText(`Showing ${partners} of ${partners} partners and ${ties} of ${ties} ties.`).waitFor();

    // A flagged pair from the weak links table: its reason is in the details panel.
    const weakLinks = leader.getByRole('table', { name: 'Weak links, each with its reason' });
    const flagged = network.weakLinks.flatMap((link) => (link.targetId ? [{ ...link, targetId: link.targetId }] : []))[0];
    if (!flagged) throw new Error('The demo network has no weak link between two partners');
    const row = weakLinks.getByRole('row').filter({ hasText: flagged.reason }).first();
    await row.getByRole('button', { name: /Show on the map/ }).click();
    const panel = leader.getByRole('complementary', { name: 'Details of the partner or tie chosen' });
    const names = new Map(network.nodes.map((node) => [node.organisationId, node.name]));
    await panel.getByRole('heading', { name: new RegExp(`${escape(names.get(flagged.sourceId) ?? '')}|${escape(names.get(flagged.targetId) ?? '')}`) }).waitFor();
    await panel.getByText(flagged.reason, { exact: false }).waitFor();

    // The table alternative: the weak links table lists every flag, and each flagged partner's row names its kinds.
    await weakLinks.getByRole('row').first().waitFor();
    const listed = Math.min(network.weakLinks.length, 100);
    expect(await weakLinks.locator('tbody tr').count()).toBe(listed);
    const kindName = (await row.locator('td').first().textContent()) ?? '';
    const partnerRows = leader.getByRole('table', { name: 'Partners’ network figures' });
    while (await partnerRows.getByRole('link', { name: names.get(flagged.sourceId), exact: true }).count() === 0) {
      await leader.getByRole('button', { name: 'Show more partners' }).click();
    }
    const sourceRow = partnerRows.getByRole('row').filter({ has: leader.getByRole('link', { name: names.get(flagged.sourceId), exact: true }) });
    expect(await sourceRow.textContent()).toContain(kindName);

    expect(await seriousAccessibilityProblems(leader)).toEqual([]);

    // The replay: a month back on the same map, ties coloured by how they changed since the month before that.
    await leader.getByText('Change since the month before').click();
    await leader.getByText('Broken: rated the month before, not this month').waitFor();
    const slider = leader.getByRole('slider', { name: /Month on the map/ });
    const latest = await slider.getAttribute('aria-valuetext');
    await leader.getByRole('button', { name: 'Previous month' }).click();
    await leader.waitForURL(/month=\d{4}-\d{2}/);
    await leader.locator(`#replay-month:not([aria-valuetext="${latest}"])`).waitFor();
    await leader.getByText(/^Since \w+ \d{4}: [\d,]+ ties? formed, [\d,]+ weakened, [\d,]+ broken\.$/).waitFor();
    await map.waitFor();
  }, 240_000);
});

/** A partner's name inside a regular expression, as written. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
