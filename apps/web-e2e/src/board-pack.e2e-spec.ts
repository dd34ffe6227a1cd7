import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn } from './support/browser';
import { graphql, monthName } from './support/survey';

const REQUEST = 'mutation($month: String!) { requestBoardPack(month: $month) { id } }';
const PACK = 'query($id: ID!) { boardPack(id: $id) { status attempts error downloadPath } }';

interface Pack {
  status: string;
  attempts: number;
  error: string | null;
  downloadPath: string | null;
}

/**
 * The board pack end to end: the worker started beside the API (global-setup) sees Chromium, renders the web app's
 * print route as the leader who asked, and the PDF downloads with the system's name and the month in its text.
 */
describe('the PDF board pack', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('is made by the worker from the review’s print route and downloads as a PDF naming the system and month', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'leader@northshire.example');
    await leader.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // The worker beats its first heartbeat within a few seconds of starting.
    for (let waited = 0; !(await graphql<{ boardPackSupport: { available: boolean } }>(leader, '{ boardPackSupport { available } }')).boardPackSupport.available; waited += 500) {
      if (waited > 30_000) throw new Error('No board pack worker with Chromium was seen within 30 seconds');
      await leader.waitForTimeout(500);
    }
    const { month } = (await graphql<{ monthlyReview: { month: string } }>(leader, '{ monthlyReview { month } }')).monthlyReview;
    const { id } = (await graphql<{ requestBoardPack: { id: string } }>(leader, REQUEST, { month })).requestBoardPack;
    let pack: Pack;
    for (let waited = 0; ; waited += 500) {
      pack = (await graphql<{ boardPack: Pack }>(leader, PACK, { id })).boardPack;
      if (pack.status === 'DONE' || pack.status === 'FAILED') break;
      if (waited > 90_000) throw new Error(`The board pack was not made within 90 seconds: ${JSON.stringify(pack)}`);
      await leader.waitForTimeout(500);
    }
    expect(pack).toMatchObject({ status: 'DONE', attempts: 1, error: null });

    const response = await leader.request.get(pack.downloadPath!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain('Northshire ICS');
    expect(text).toContain(monthName(month));
  }, 150_000);
});
