import type { ClaimDirection } from './claim-directions';
import { EVIDENCE_RULES, readEvidence, type EvidenceReading, type EvidenceSeries } from './evidence-reading';

export const VERDICTS = ['supported', 'partlySupported', 'contradicted', 'insufficient'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  partlySupported: 'Partly supported',
  contradicted: 'Contradicted',
  insufficient: 'Not enough evidence',
};

/** Which of the rules below decided a verdict. */
export type VerdictRuleKey = 'noEvidence' | 'noneJudged' | 'mixedSignals' | 'againstOnly' | 'forOnly' | 'noiseOnly';

export interface VerdictRule {
  key: VerdictRuleKey;
  verdict: Verdict;
  text: string;
}

const { minimumPointsBefore, minimumPointsDuring } = EVIDENCE_RULES;

/** The rules, in the order they are tried: the first that applies gives the verdict. Shown in the UI as written. */
export const VERDICT_RULES: readonly VerdictRule[] = [
  { key: 'noEvidence', verdict: 'insufficient', text: 'No figure is linked to the claim, so there is nothing to weigh: not enough evidence.' },
  {
    key: 'noneJudged',
    verdict: 'insufficient',
    text:
      `No linked figure can be judged: each has fewer than ${minimumPointsBefore} values in the period before or ${minimumPointsDuring} in the claim’s period, ` +
      'has values withheld to protect a small group, or has no better way for a claim about better or worse: not enough evidence.',
  },
  { key: 'mixedSignals', verdict: 'partlySupported', text: 'Figures show signals both the way the claim says and against it: partly supported.' },
  { key: 'againstOnly', verdict: 'contradicted', text: 'At least one figure shows a signal (special cause) against the claim and none shows one for it: contradicted.' },
  { key: 'forOnly', verdict: 'supported', text: 'Every signal among the figures points the way the claim says (figures showing only noise do not count against it): supported.' },
  { key: 'noiseOnly', verdict: 'partlySupported', text: 'No figure shows a signal: their changes are noise, which neither bears the claim out nor contradicts it: partly supported.' },
];

export const VERDICT_RULE_TEXT = Object.fromEntries(VERDICT_RULES.map((rule) => [rule.key, rule.text])) as Record<VerdictRuleKey, string>;

export interface VerdictSuggestion {
  verdict: Verdict;
  /** The text of the rule that decided it (VERDICT_RULES). */
  rule: string;
  ruleKey: VerdictRuleKey;
  /** One reading per piece of evidence, in the order given. */
  perEvidence: EvidenceReading[];
}

/**
 * Suggests a verdict on a claim from the figures linked to it, by the first of these rules that applies
 * (VERDICT_RULES holds them as the UI shows them):
 *
 * 1. No evidence: insufficient.
 * 2. No figure can be judged (see `readEvidence`: fewer than 6 values in the period before or 3 in the claim's period,
 *    a value withheld to protect a small group, or no better way for a claim about better or worse): insufficient.
 *    Figures that cannot be judged are set aside; the rules below weigh the rest.
 * 3. Signals (special causes in the claim's period against the period before's process) both for and against the
 *    claim: partlySupported.
 * 4. At least one signal against the claim, none for it: contradicted.
 * 5. At least one signal for the claim, none against it: supported (figures showing only noise do not count against).
 * 6. No signal at all, only noise: partlySupported (noise neither bears the claim out nor contradicts it).
 *
 * A signal is for the claim when it points the way the claim's direction needs for that figure (see
 * `expectedMovement`): improved and fair the better way, declined and unfair the worse way, high and low higher and
 * lower values whichever way is better.
 */
export function suggestVerdict(claim: { direction: ClaimDirection }, evidence: readonly EvidenceSeries[]): VerdictSuggestion {
  const perEvidence = evidence.map((item) => readEvidence(claim.direction, item));
  const judged = perEvidence.filter((reading) => reading.agrees !== null);
  const signals = judged.filter((reading) => reading.signal);
  const forClaim = signals.filter((reading) => reading.agrees).length;
  const against = signals.length - forClaim;
  const ruleKey: VerdictRuleKey = !evidence.length
    ? 'noEvidence'
    : !judged.length
      ? 'noneJudged'
      : forClaim && against
        ? 'mixedSignals'
        : against
          ? 'againstOnly'
          : forClaim
            ? 'forOnly'
            : 'noiseOnly';
  const rule = VERDICT_RULES.find((r) => r.key === ruleKey) as VerdictRule;
  return { verdict: rule.verdict, rule: rule.text, ruleKey, perEvidence };
}
