import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousAccessibilityProblems, signIn } from './support/browser';
import { graphql } from './support/survey';

/** A demo claim no other browser test reviews (libs/demo-data generate-demo-claims, "deputies-with-authority"). */
const CLAIM_TEXT = 'Deputies now come to our forums with the authority to decide.';

const VERDICT_LABELS: Record<string, string> = { supported: 'Supported', partlySupported: 'Partly supported', contradicted: 'Contradicted', insufficient: 'Not enough evidence' };

const CLAIMS = `query { claims(first: 20) { edges { node { id text evidenceSummary { suggestedVerdict rule items { evidence { title } } } } } } }`;
const PROPOSED = `query($claimId: ID!) { proposedEvidence(claimId: $claimId) { title } }`;

interface DemoClaims {
  claims: { edges: { node: { id: string; text: string; evidenceSummary: { suggestedVerdict: string; rule: string; items: { evidence: { title: string } }[] } } }[] };
}

describe('claims in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets a non-executive open a claim, see the proposed evidence and the suggested verdict with its rule, override it with a reason, and find it in the history', async () => {
    const ned = await newPage(browser);
    await signIn(ned, 'ned@northshire.example');
    await ned.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const claim = (await graphql<DemoClaims>(ned, CLAIMS)).claims.edges.map((edge) => edge.node).find((node) => node.text === CLAIM_TEXT);
    if (!claim) throw new Error(`The demo has no claim "${CLAIM_TEXT}"`);
    const proposed = (await graphql<{ proposedEvidence: { title: string }[] }>(ned, PROPOSED, { claimId: claim.id })).proposedEvidence;
    const suggested = VERDICT_LABELS[claim.evidenceSummary.suggestedVerdict];

    await ned.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Claims' }).click();
    await ned.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await ned.getByRole('table', { name: 'All claims, latest made first' }).waitFor();
    expect(await seriousAccessibilityProblems(ned)).toEqual([]);
    await ned.getByRole('link', { name: CLAIM_TEXT }).click();
    await ned.waitForURL(`**/claims/${claim.id}`);
    await ned.getByRole('heading', { level: 1, name: CLAIM_TEXT }).waitFor();

    // The suggested verdict, and the rule that produced it, as the API reads the evidence.
    expect(await ned.getByTestId('suggested-verdict').textContent()).toBe(suggested);
    expect(await ned.getByTestId('suggested-rule').textContent()).toBe(claim.evidenceSummary.rule);
    // Each linked figure is summarised; each proposal the API makes is shown with a Link button.
    const summary = ned.getByRole('region', { name: 'Evidence summary' });
    for (const { evidence } of claim.evidenceSummary.items) {
      const card = summary.getByRole('region', { name: evidence.title, exact: true });
      await card.waitFor();
      expect(await card.getByText('Bears on the claim').count()).toBe(1);
    }
    const proposals = ned.getByRole('region', { name: 'Proposed evidence' });
    expect(proposed.length).toBeGreaterThan(0);
    for (const { title } of proposed) await proposals.getByRole('heading', { level: 3, name: title, exact: true }).waitFor();
    expect(await proposals.getByRole('button', { name: /^Link / }).count()).toBe(proposed.length);
    expect(await seriousAccessibilityProblems(ned)).toEqual([]);

    // Override the suggestion: first without a reason (refused against the reason box), then with one.
    const review = ned.getByRole('region', { name: 'Review' });
    await review.getByLabel('Override it with another verdict').check();
    const other = Object.values(VERDICT_LABELS).find((label) => label !== suggested) as string;
    await review.getByLabel(other, { exact: true }).check();
    await review.getByRole('button', { name: 'Give verdict' }).click();
    await review.getByRole('link', { name: 'Give the reason for overriding the suggested verdict' }).waitFor();
    const reason = `The deputies’ figure predates the new scheme of delegation (${Date.now()}).`;
    await review.getByLabel('Why are you overriding it?').fill(reason);
    await review.getByRole('button', { name: 'Give verdict' }).click();
    await review.getByText(`Your verdict, ${other.toLowerCase()}, is added to the history.`).waitFor();

    const history = ned.getByRole('table', { name: 'Every verdict given, the first first' });
    const latest = history.getByRole('row').last();
    await latest.getByText(reason).waitFor();
    expect(await latest.textContent()).toContain('Margaret Okafor');
    expect(await latest.textContent()).toContain(`${other} (overrode the suggestion)`);
    expect(await latest.textContent()).toContain(suggested);
    expect(await seriousAccessibilityProblems(ned)).toEqual([]);
    // Three axe checks (the claim page holds a chart per figure and proposal) and a review: 2.5 minutes on a loaded machine.
  }, 300_000);
});
