import { BEFORE_ENDING_HIGH, monthly, SECOND_HALF_2025 } from '../testing/monthly-series.fixture';
import type { EvidenceSeries } from './evidence-reading';
import { suggestVerdict, VERDICT_LABELS, VERDICT_RULES, VERDICTS } from './suggest-verdict';

// Each figure: January to June 2025 as BEFORE_ENDING_HIGH (mean 11, limits 5.68 and 16.32), then July to December.
const figure = (duringValues: number[], overrides: Partial<EvidenceSeries> = {}): EvidenceSeries => ({
  series: monthly('2025-01', [...BEFORE_ENDING_HIGH, ...duringValues]),
  improvement: 'increase',
  period: SECOND_HALF_2025,
  ...overrides,
});
/** December above the upper limit: a signal, higher. */
const SIGNAL_UP = figure([11, 11, 11, 11, 11, 17]);
/** December below the lower limit: a signal, lower. */
const SIGNAL_DOWN = figure([11, 11, 11, 11, 11, 5]);
/** December 13, inside the limits and alone in no band: noise, mean (55 + 13) ÷ 6 ≈ 11.33, higher. */
const NOISE_UP = figure([11, 11, 11, 11, 11, 13]);
/** Only two values in the claim’s period: not judged. */
const TOO_FEW = figure([11, 17]);

const improved = { direction: 'improved' as const };
const verdictOf = (evidence: EvidenceSeries[], claim: { direction: 'improved' | 'declined' } = improved) => {
  const { verdict, ruleKey } = suggestVerdict(claim, evidence);
  return { verdict, ruleKey };
};

describe('suggestVerdict', () => {
  it('has not enough evidence with nothing linked', () => {
    const suggestion = suggestVerdict(improved, []);
    expect(suggestion).toEqual({ verdict: 'insufficient', ruleKey: 'noEvidence', rule: VERDICT_RULES[0].text, perEvidence: [] });
  });

  it('has not enough evidence when no figure can be judged, and sets unjudged figures aside when one can', () => {
    expect(verdictOf([TOO_FEW, figure([11, 11, 11, 11, 11, 17], { suppressedPoints: 1 })])).toEqual({ verdict: 'insufficient', ruleKey: 'noneJudged' });
    // One more value in TOO_FEW’s claim period (September 11, 3 values) and it is judged: August 17 is a signal for.
    expect(verdictOf([figure([11, 17, 11]), figure([11, 11, 11, 11, 11, 17], { suppressedPoints: 1 })])).toEqual({ verdict: 'supported', ruleKey: 'forOnly' });
    expect(verdictOf([TOO_FEW, SIGNAL_UP])).toEqual({ verdict: 'supported', ruleKey: 'forOnly' });
  });

  it('supports a claim when every signal agrees, whatever the noise', () => {
    expect(verdictOf([SIGNAL_UP])).toEqual({ verdict: 'supported', ruleKey: 'forOnly' });
    expect(verdictOf([SIGNAL_UP, SIGNAL_UP, NOISE_UP, figure([11, 11, 11, 11, 11, 10])])).toEqual({ verdict: 'supported', ruleKey: 'forOnly' });
  });

  it('contradicts a claim with a signal against it and none for it, and only partly supports it when signals disagree', () => {
    expect(verdictOf([SIGNAL_DOWN])).toEqual({ verdict: 'contradicted', ruleKey: 'againstOnly' });
    expect(verdictOf([SIGNAL_DOWN, NOISE_UP])).toEqual({ verdict: 'contradicted', ruleKey: 'againstOnly' });
    expect(verdictOf([SIGNAL_DOWN, SIGNAL_UP])).toEqual({ verdict: 'partlySupported', ruleKey: 'mixedSignals' });
    // The same figures read for a claim that things declined: the falling one agrees, the rising one does not.
    expect(verdictOf([SIGNAL_DOWN], { direction: 'declined' })).toEqual({ verdict: 'supported', ruleKey: 'forOnly' });
    expect(verdictOf([SIGNAL_UP], { direction: 'declined' })).toEqual({ verdict: 'contradicted', ruleKey: 'againstOnly' });
  });

  it('only partly supports a claim when the figures show noise and no signal, whichever way they moved', () => {
    expect(verdictOf([NOISE_UP])).toEqual({ verdict: 'partlySupported', ruleKey: 'noiseOnly' });
    expect(verdictOf([NOISE_UP], { direction: 'declined' })).toEqual({ verdict: 'partlySupported', ruleKey: 'noiseOnly' });
  });

  it('contradicts a claim of fair sharing while the inclusion ratio falls', () => {
    // Inclusion ratio (higher is better), January to June 0.8, 0.9 alternating: mean 0.85, average moving range 0.1,
    // limits 0.85 ± 0.266 = 0.584 and 1.116. July to December it falls by 0.05 a month to 0.55: below the lower limit
    // in December, and June to December is 7 falling in a row. Dissent (neither way better) cannot say what is fair.
    const inclusion: EvidenceSeries = { series: monthly('2025-01', [0.8, 0.9, 0.8, 0.9, 0.8, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55]), improvement: 'increase', period: SECOND_HALF_2025 };
    const dissent = figure([11, 11, 11, 11, 11, 17], { improvement: 'neither' });
    const suggestion = suggestVerdict({ direction: 'fair' }, [inclusion, dissent]);
    expect(suggestion.perEvidence.map((r) => r.agrees)).toEqual([false, null]);
    expect(suggestion.perEvidence[0]).toMatchObject({ signal: true, movement: 'lower', expected: 'higher' });
    expect(suggestion.perEvidence[0].rules).toEqual(expect.arrayContaining(['outside', 'trend']));
    expect(suggestion.verdict).toBe('contradicted');
  });

  it('gives one reading per piece of evidence, in order, and the text of the rule it used', () => {
    const suggestion = suggestVerdict(improved, [TOO_FEW, SIGNAL_UP, NOISE_UP]);
    expect(suggestion.perEvidence.map((r) => [r.agrees, r.signal])).toEqual([[null, false], [true, true], [true, false]]);
    expect(suggestion.rule).toBe(VERDICT_RULES.find((rule) => rule.key === 'forOnly')?.text);
  });
});

describe('VERDICT_RULES', () => {
  it('names each verdict at least once, in the order they are tried, with a label for each', () => {
    expect(VERDICT_RULES.map((rule) => rule.key)).toEqual(['noEvidence', 'noneJudged', 'mixedSignals', 'againstOnly', 'forOnly', 'noiseOnly']);
    expect(new Set(VERDICT_RULES.map((rule) => rule.verdict))).toEqual(new Set(VERDICTS));
    expect(Object.keys(VERDICT_LABELS)).toEqual([...VERDICTS]);
    expect(VERDICT_RULES[1].text).toMatch(/fewer than 6 values in the period before or 3 in the claim’s period/);
  });
});
