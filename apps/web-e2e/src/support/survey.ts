import type { Page } from 'playwright-core';

/** A GraphQL request with the page's cookies (its signed-in session, if any); throws on any error. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${body.errors?.map((e) => e.message).join('; ') ?? response.status()}`);
  return body.data;
}

/** Today's UK calendar day, `offset` days on, as yyyy-mm-dd. */
export function ukDay(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** "November 2026" for "2026-11", as the app writes months. */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 15));
}

/**
 * The first month from the current one on with no survey round yet (the demo data ends last month), so that each
 * test that opens a round gets a month of its own whichever runs first. `admin` must be signed in as an administrator.
 */
export async function firstMonthWithoutRound(admin: Page): Promise<string> {
  const { surveyRounds } = await graphql<{ surveyRounds: { month: string }[] }>(admin, '{ surveyRounds { month } }');
  const taken = new Set(surveyRounds.map((round) => round.month));
  let [year, month] = ukDay().slice(0, 7).split('-').map(Number);
  while (taken.has(`${year}-${String(month).padStart(2, '0')}`)) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Presses Tab until the focused element matches `selector`, how a keyboard user gets there; returns how many presses it took. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export const PRACTICE_KEYS = ['SAFE_ENVIRONMENT', 'HEALTHY_RELATIONSHIPS', 'SHARED_PURPOSE', 'SHARING_POWER', 'MANAGING_CONFLICT', 'SHARED_DECISIONS'] as const;
