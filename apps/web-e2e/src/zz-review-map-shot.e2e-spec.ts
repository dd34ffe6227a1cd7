import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn } from './support/browser';

describe('shot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  it('shoots', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL(/\/review$/);
    const network = leader.getByRole('region', { name: '3. Network snapshot' });
    await network.locator('canvas[data-drawn]').waitFor();
    await network.screenshot({ path: '/tmp/review-map/review-network.png' });
    console.log(await network.getByRole('img').first().getAttribute('aria-label'));
    const t0 = Date.now();
    await leader.goto('/review/board-pack');
    await leader.locator('[data-board-pack-ready="true"]').waitFor({ timeout: 30_000 });
    console.log('ready ms', Date.now() - t0);
    await leader.emulateMedia({ media: 'print' });
    const pdf = await leader.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
    writeFileSync('/tmp/review-map/pack.pdf', pdf);
    const dpr2 = await newPage(browser);
    await signIn(dpr2, 'leader@northshire.example');
  }, 200_000);
});
