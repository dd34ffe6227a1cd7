import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** What the worker renders a pack with: a browser (ChromiumRenderer), or a test's stand-in. */
export interface BoardPackRenderer {
  /** Whether it can render at all (for Chromium: whether the browser is installed). */
  readonly canRender: boolean;
  /** The PDF of the page at `url`, opened with `cookie` (the requester's short session). */
  render(page: { url: string; cookie: { name: string; value: string } }): Promise<Buffer>;
}

/** The root of the print route carries this once its data has loaded: "true", or "error" when it could not. */
export const READY_SELECTOR = '[data-board-pack-ready="true"], [data-board-pack-ready="error"]';

/**
 * Headless Chromium through playwright-core: opens the web app's print route as the requester, waits for it to say it
 * has loaded, and prints it as a tagged PDF (headings, reading order and the charts' alt text reach screen readers)
 * with an outline from its headings. A browser per pack, closed after, so a pack that hangs or crashes it takes no
 * other with it.
 */
export class ChromiumRenderer implements BoardPackRenderer {
  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs = 60_000,
  ) {}

  get canRender(): boolean {
    return existsSync(this.executablePath);
  }

  async render({ url, cookie }: { url: string; cookie: { name: string; value: string } }): Promise<Buffer> {
    const browser = await chromium.launch({ executablePath: this.executablePath, chromiumSandbox: false, args: ['--disable-dev-shm-usage'] });
    try {
      // bypassCSP: behind HTTPS the API's policy says upgrade-insecure-requests, which would send the page's own requests
      // to https:// on the internal http address; the page is our own, opened by no one else.
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: true });
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: new URL(url).origin, httpOnly: true, sameSite: 'Lax' }]);
      const page = await context.newPage();
      await page.goto(url, { timeout: this.timeoutMs });
      const root = await page.waitForSelector(READY_SELECTOR, { timeout: this.timeoutMs });
      if ((await root.getAttribute('data-board-pack-ready')) === 'error') {
        const said = (await root.innerText()).trim().slice(0, 300);
        throw new Error(`The review page could not load the review${said ? `: ${said}` : ''}`);
      }
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
    } finally {
      await browser.close();
    }
  }
}
