import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql, monthName } from './support/survey';

const PACK = 'query($id: ID!) { boardPack(id: $id) { status attempts error downloadPath } }';

interface Pack {
  status: string;
  attempts: number;
  error: string | null;
  downloadPath: string | null;
}

/**
 * The board pack end to end: the worker started beside the API (global-setup) sees Chromium, renders the web app's
 * print route as the leader who asked, and the PDF downloads from the review page's button with the system's name and
 * the month in its text.
 */
describe('the PDF board pack', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('is asked for on the review page, made by the worker from the print route, and downloads as a PDF naming the system and month', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // The worker beats its first heartbeat within a few seconds of starting.
    for (let waited = 0; !(await graphql<{ boardPackSupport: { available: boolean } }>(leader, '{ boardPackSupport { available } }')).boardPackSupport.available; waited += 500) {
      if (waited > 30_000) throw new Error('No board pack worker with Chromium was seen within 30 seconds');
      await leader.waitForTimeout(500);
    }
    const { month } = (await graphql<{ monthlyReview: { month: string } }>(leader, '{ monthlyReview { month } }')).monthlyReview;

    // From the review page: the button asks for the pack, shows its progress, then offers the download.
    await leader.goto(`/review?month=${month}`);
    const group = leader.getByRole('group', { name: `PDF board pack for ${monthName(month)}` });
    await group.getByRole('button', { name: 'Make the PDF board pack' }).click();
    await group.getByRole('status').getByText(/waiting to be made|being made|ready/).waitFor();
    const link = group.getByRole('link', { name: new RegExp(`^Download the board pack for ${monthName(month)} \\(PDF, [\\d.]+ [KM]B\\)$`) });
    await link.waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([leader.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`Northshire ICS board pack ${month}.pdf`);
    const path = await download.path();
    if (!path) throw new Error('The board pack did not download');

    // The same pack through the API: made at the first attempt, as a PDF.
    const id = (await link.getAttribute('href'))?.split('/').pop() ?? '';
    const pack = (await graphql<{ boardPack: Pack }>(leader, PACK, { id })).boardPack;
    expect(pack).toMatchObject({ status: 'DONE', attempts: 1, error: null });
    const response = await leader.request.get(pack.downloadPath ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await response.body(), readFileSync(path))).toBe(0);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain('Northshire ICS');
    expect(text).toContain(monthName(month));
    expect(await seriousAccessibilityProblems(leader)).toEqual([]);
  }, 240_000);
});
