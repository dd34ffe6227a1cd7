import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'northshire-demo';

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npx nx e2e web-e2e`');
  return url;
}

/** Debian's Chromium, headless, with the flags this sandboxed, offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'],
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser context and page. Every page opened in it is watched: a request to another origin, a console error
 * or an uncaught page error is recorded, and the test that was running fails (see page-problems.setup.ts).
 */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport });
  const appOrigin = new URL(baseUrl()).origin;
  // data: and blob: URLs are the page's own content, not requests to a host.
  const leavesOrigin = (url: URL) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== appOrigin;
  context.on('request', (request) => {
    if (leavesOrigin(new URL(request.url()))) pageProblems.push(`request to another origin: ${request.url()}`);
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      // No test provokes a console error on purpose; allow one here only narrowly, with a comment naming the test.
      if (message.type() === 'error') pageProblems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageProblems.push(`uncaught error on ${page.url()}: ${error.message}`));
  });
  // This machine is offline: refuse other hosts at once rather than let the page wait on them (the request is still recorded).
  await context.route(leavesOrigin, (route) => route.abort());
  return context.newPage();
}

/** Problems seen on watched pages since the last call, emptied by the call. */
export function takePageProblems(): string[] {
  return pageProblems.splice(0);
}

const pageProblems: string[] = [];

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Axe's serious and critical violations on the page as it is now, as readable lines (empty when clean). */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
