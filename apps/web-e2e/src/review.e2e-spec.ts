import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql, monthName } from './support/survey';

interface ReviewChanges {
  monthlyReview: { month: string; changes: { changes: { area: string; label: string; signal: boolean }[] } };
}
const CHANGES = 'query($month: String) { monthlyReview(month: $month) { month changes { changes { area label signal } } } }';
const ROUNDS = '{ surveyRounds { month status } }';

/** A closed month other than `shown` whose review has a practice or power signal, newest first, as the API reads it. */
async function monthWithSignal(page: Page, shown: string): Promise<{ month: string; label: string; area: string }> {
  const { surveyRounds } = await graphql<{ surveyRounds: { month: string; status: string }[] }>(page, ROUNDS);
  const months = surveyRounds.filter((round) => round.status === 'CLOSED' && round.month !== shown).map((round) => round.month).sort().reverse();
  for (const month of months) {
    const { monthlyReview } = await graphql<ReviewChanges>(page, CHANGES, { month });
    const signal = monthlyReview.changes.changes.find((change) => change.signal && change.area !== 'NETWORK');
    if (signal) return { month, label: signal.label, area: signal.area };
  }
  throw new Error('No closed month of the demo has a practice or power signal');
}

/** Of a canvas's pixels, the share not white, and how many are the NHS sector's blue (#0072b2, a dot's middle). */
function inkOf(canvas: Locator): Promise<{ inked: number; nhsBlue: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')?.getImageData(0, 0, element.width, element.height) ?? { data: new Uint8ClampedArray() };
    let inked = 0;
    let nhsBlue = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) inked += 1;
      if (data[i] === 0 && data[i + 1] === 114 && data[i + 2] === 178) nhsBlue += 1;
    }
    return { inked: inked / (data.length / 4 || 1), nhsBlue };
  });
}

describe('the monthly review in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("lands a leader on the review, changes month, opens a signal's evidence and prints the board pack", async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL(/\/review$/);
    const heading = leader.getByRole('heading', { level: 1, name: /^Monthly review: Northshire ICS, / });
    await heading.waitFor();
    const scores = leader.getByRole('region', { name: '1. Practice scores' });
    await scores.getByRole('region', { name: 'Sharing power' }).waitFor();
    for (const title of ['2. What changed and is it real', '3. Network snapshot', '4. Power sharing', '5. Claims', '6. Suggested actions']) {
      await leader.getByRole('region', { name: title }).getByRole('heading', { level: 2 }).waitFor();
    }
    expect(await leader.getByRole('img', { name: 'Sharing power' }).count()).toBe(1);

    // The network snapshot's small map: drawn, named for as many partners as the section counts, in sector colours.
    const network = leader.getByRole('region', { name: '3. Network snapshot' });
    const map = network.getByRole('img', { name: /^Network map of / });
    await network.locator('canvas[data-drawn]').waitFor();
    const partners = Number(await network.locator('dt:text-is("Partners") + dd').textContent());
    expect(partners).toBeGreaterThan(0);
    const named = (await map.getAttribute('aria-label'))?.match(/: ([\d,]+) partners? as dots/)?.[1];
    expect(Number(named?.replace(/,/g, ''))).toBe(partners);
    const ink = await inkOf(map);
    expect(ink.inked).toBeGreaterThan(0.01);
    expect(ink.nhsBlue).toBeGreaterThan(0);
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);

    // Another month, chosen in the picker: into the address, and the page follows.
    const shown = (await leader.getByLabel('Month', { exact: true }).inputValue()) ?? '';
    const target = await monthWithSignal(leader, shown);
    await leader.getByLabel('Month', { exact: true }).selectOption(target.month);
    await leader.waitForURL(new RegExp(`/review\\?month=${target.month}$`));
    await leader.getByRole('heading', { level: 1, name: `Monthly review: Northshire ICS, ${monthName(target.month)}` }).waitFor();

    // The signal's evidence: its chart on its own page.
    const signals = leader.getByTestId('review-changes-signals');
    const evidence = signals.getByRole('link', { name: `Open the evidence for ${target.label}`, exact: true });
    await evidence.click();
    if (target.area === 'PRACTICE') {
      await leader.waitForURL(new RegExp(`/scores\\?month=${target.month}#practice-`));
      await leader.getByRole('heading', { level: 1, name: 'Practice scores' }).waitFor();
      await leader.getByRole('img', { name: new RegExp(`${target.label}: monthly mean score$`) }).waitFor();
    } else {
      await leader.waitForURL(new RegExp(`/power\\?.*month=${target.month}#power-`));
      await leader.getByRole('heading', { level: 1, name: 'Power sharing' }).waitFor();
      await leader.getByRole('region', { name: target.label }).waitFor();
    }

    // The board pack: no site header, a cover naming the system and month, ready once every section has drawn.
    await leader.goto(`/review/board-pack?month=${target.month}`);
    await leader.locator('[data-board-pack-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await leader.getByRole('heading', { level: 1 }).textContent()).toBe('Northshire ICS');
    expect(await leader.getByTestId('board-pack-month').textContent()).toBe(monthName(target.month));
    expect(await leader.getByText(/^Produced \d+ \w+ \d{4} at \d\d:\d\d \(UK time\)$/).count()).toBe(1);
    expect(await leader.getByRole('banner').count()).toBe(0);
    expect(await leader.getByRole('navigation', { name: 'Menu' }).count()).toBe(0);
    expect(await leader.getByRole('table', { name: 'Sharing power: monthly figures' }).isVisible()).toBe(true);
    // Printed (as the PDF is), the map is its SVG, shown in the canvas's place, with the same name.
    await leader.emulateMedia({ media: 'print' });
    const packMap = leader.getByRole('region', { name: '3. Network snapshot' }).getByRole('img', { name: /^Network map of / });
    expect(await packMap.evaluate((element) => element.tagName)).toBe('svg');
    expect(await packMap.locator('path').count()).toBeGreaterThan(3);
    await leader.emulateMedia({ media: 'screen' });
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);
    // Two reviews (a month's network is built on first view), a scan of the months for a signal, two pages and two
    // accessibility checks: two to three minutes on a loaded machine.
  }, 300_000);
});
