import type { Gathered, GatheredFigure } from './claim-evidence-gatherer';
import { CITED_NOT_WEIGHED, claimStatus, evidenceFingerprint, keptSummaryOf, summariseClaim, summaryDataMonth, summaryFromKept, summaryStamp } from './claim-summary';

// A claim about July to December 2025; the period before is January to June.
const claim = { direction: 'improved' as const, from: '2025-07-01', to: '2025-12-31' };
const monthly = (values: number[]) => values.map((value, i) => ({ date: `2025-${String(i + 1).padStart(2, '0')}-01`, value }));
const figure = (values: number[], overrides: Partial<GatheredFigure> = {}): Gathered => ({
  figure: { points: monthly(values), suppressedPoints: 0, improvement: 'increase', ...overrides },
  decisionVersion: null,
});
// January to June: 10, 12 alternating (mean 11, limits 5.68 and 16.32); December 17 is above the upper limit.
const RISING = [10, 12, 10, 12, 10, 12, 11, 11, 11, 11, 11, 17];

describe('summariseClaim', () => {
  it('weighs figures and cites decisions and documents, suggesting from the figures alone', () => {
    const summary = summariseClaim(claim, [
      { evidence: { id: 'd', kind: 'DECISION' as const }, gathered: { figure: null, decisionVersion: '1' } },
      { evidence: { id: 'p', kind: 'POWER_INDICATOR' as const }, gathered: figure(RISING) },
      { evidence: { id: 'w', kind: 'DOCUMENT' as const }, gathered: { figure: null, decisionVersion: null } },
    ]);
    expect(summary.suggestion).toMatchObject({ verdict: 'supported', ruleKey: 'forOnly' });
    expect(summary.items.map((i) => [i.weighed, i.reading?.agrees ?? null])).toEqual([[false, null], [true, true], [false, null]]);
    expect(summary.items[0].reason).toBe(CITED_NOT_WEIGHED);
    expect(summary.periodBefore).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(summary.items[1].points.filter((p) => p.inClaimPeriod)).toHaveLength(6);
    expect(summary.dataThrough).toBe('2025-12-01');
  });

  it('has not enough evidence with only cited evidence, or a figure with no values in the period', () => {
    expect(summariseClaim(claim, [{ evidence: { id: 'd', kind: 'DECISION' as const }, gathered: { figure: null, decisionVersion: '1' } }]).suggestion.ruleKey).toBe('noEvidence');
    const network = summariseClaim(claim, [{ evidence: { id: 'n', kind: 'NETWORK_MEASURE' as const }, gathered: figure([], { suppressedPoints: 3 }) }]);
    expect(network.suggestion.verdict).toBe('insufficient');
    expect(network.items[0].weighed).toBe(true);
    expect(network.items[0].suppressedPoints).toBe(3);
  });
});

describe('evidenceFingerprint', () => {
  const base = [{ evidence: { id: 'p' }, gathered: figure(RISING.slice(0, 11)) }];

  it('is the same for the same evidence and values, in whatever order the values came', () => {
    const values = base[0].gathered.figure as GatheredFigure;
    const reversed = [{ evidence: { id: 'p' }, gathered: { figure: { ...values, points: [...values.points].reverse() }, decisionVersion: null } }];
    expect(evidenceFingerprint(reversed)).toBe(evidenceFingerprint(base));
    expect(evidenceFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a new month, a corrected value, a withheld value, a new link or an amended decision', () => {
    const digest = evidenceFingerprint(base);
    expect(evidenceFingerprint([{ evidence: { id: 'p' }, gathered: figure(RISING) }])).not.toBe(digest);
    expect(evidenceFingerprint([{ evidence: { id: 'p' }, gathered: figure([...RISING.slice(0, 10), 12]) }])).not.toBe(digest);
    expect(evidenceFingerprint([{ evidence: { id: 'p' }, gathered: figure(RISING.slice(0, 11), { suppressedPoints: 1 }) }])).not.toBe(digest);
    expect(evidenceFingerprint([...base, { evidence: { id: 'w' }, gathered: { figure: null, decisionVersion: null } }])).not.toBe(digest);
    const decision = (version: string) => [{ evidence: { id: 'd' }, gathered: { figure: null, decisionVersion: version } }];
    expect(evidenceFingerprint(decision('2'))).not.toBe(evidenceFingerprint(decision('1')));
  });
});

describe('claimStatus', () => {
  it('awaits review with no verdict, and compares the latest verdict’s fingerprint otherwise', () => {
    expect(claimStatus(null, 'a')).toBe('AWAITING');
    expect(claimStatus({ evidenceFingerprint: 'a' }, 'a')).toBe('REVIEWED');
    expect(claimStatus({ evidenceFingerprint: 'a' }, 'b')).toBe('CHANGED');
  });
});

describe('kept summaries', () => {
  const evidence = [
    { id: 'd', kind: 'DECISION' as const, note: 'the decision' },
    { id: 'p', kind: 'POWER_INDICATOR' as const, note: 'the inclusion ratio' },
  ];
  const summary = summariseClaim(claim, [
    { evidence: evidence[0], gathered: { figure: null, decisionVersion: '1' } },
    { evidence: evidence[1], gathered: figure(RISING) },
  ]);

  it('keeps a summary without its evidence rows and gives it back whole with them, through JSON as stored', () => {
    const kept = JSON.parse(JSON.stringify(keptSummaryOf(summary)));
    expect(kept.items.map((item: { evidenceId: string }) => item.evidenceId)).toEqual(['d', 'p']);
    expect(JSON.stringify(kept)).not.toContain('the inclusion ratio');
    expect(summaryFromKept(kept, evidence)).toEqual(summary);
  });

  it('does not give back a kept summary whose evidence is not exactly the claim\'s now', () => {
    const kept = keptSummaryOf(summary);
    expect(summaryFromKept(kept, evidence.slice(1))).toBeNull();
    expect(summaryFromKept(kept, [...evidence, { id: 'n', kind: 'NETWORK_MEASURE' as const, note: '' }])).toBeNull();
  });

  it("reads data to the claim's last month, or every month when it cites a decision", () => {
    expect(summaryDataMonth(claim, [evidence[1]])).toBe('2025-12');
    expect(summaryDataMonth(claim, evidence)).toBeNull();
  });

  it('stamps the data version, the newest round opened and the evidence linked, in any order', () => {
    expect(summaryStamp('41', '2026-11', ['p', 'd'])).toBe(summaryStamp('41', '2026-11', ['d', 'p']));
    const stamps = [summaryStamp('41', '2026-11', ['d', 'p']), summaryStamp('42', '2026-11', ['d', 'p']), summaryStamp('41', '2026-12', ['d', 'p']), summaryStamp('41', '2026-11', ['d'])];
    expect(new Set(stamps).size).toBe(4);
  });
});
