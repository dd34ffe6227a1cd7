import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** What the worker renders a pack with: a browser (ChromiumRenderer), or a test's stand-in. */
export interface BoardPackRenderer {
  /** Whether it can render at all (for Chromium: whether the browser is installed). */
  readonly canRender: boolean;
  /** The PDF of the page at `url`, opened with `cookie` (the requester's short session). */
  render(page: { url: string; cookie: { name: string; value: string } }): Promise<Buffer>;
  /** Lets go of what it holds (the browser), when the worker stops. */
  close?(): Promise<void>;
}

/** The root of the print route carries this once its data has loaded: "true", or "error" when it could not. */
export const READY_SELECTOR = '[data-board-pack-ready="true"], [data-board-pack-ready="error"]';

/**
 * Headless Chromium through playwright-core: opens the web app's print route as the requester, waits for it to say it
 * has loaded, and prints it as a tagged PDF (headings, reading order and the charts' alt text reach screen readers)
 * with an outline from its headings. One browser is kept for pack after pack (starting one costs more CPU than a
 * pack's page, taken from the API beside it on a small machine); each pack has a context of its own (its own cookie,
 * nothing shared), closed after. A browser that crashed or was closed is started again for the next pack.
 */
export class ChromiumRenderer implements BoardPackRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs = 60_000,
  ) {}

  get canRender(): boolean {
    return existsSync(this.executablePath);
  }

  private launched(): Promise<Browser> {
    if (this.browser) return this.browser;
    const browser = chromium.launch({ executablePath: this.executablePath, chromiumSandbox: false, args: ['--disable-dev-shm-usage'] });
    this.browser = browser;
    // Not kept if it failed to start or when it goes away, so the next pack starts another.
    const forget = () => {
      if (this.browser === browser) this.browser = null;
    };
    browser.then((started) => started.once('disconnected', forget), forget);
    return browser;
  }

  async render({ url, cookie }: { url: string; cookie: { name: string; value: string } }): Promise<Buffer> {
    const browser = await this.launched();
    // bypassCSP: behind HTTPS the API's policy says upgrade-insecure-requests, which would send the page's own requests
    // to https:// on the internal http address; the page is our own, opened by no one else.
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: true });
    try {
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
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    await (await browser?.catch(() => null))?.close();
  }
}
