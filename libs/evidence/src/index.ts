export { suggestVerdict, VERDICT_LABELS, VERDICT_RULE_TEXT, VERDICT_RULES, VERDICTS, type Verdict, type VerdictRule, type VerdictRuleKey, type VerdictSuggestion } from './lib/suggest-verdict';
export { EVIDENCE_READING_HELP, EVIDENCE_RULES, readEvidence, type EvidenceReading, type EvidenceSeries } from './lib/evidence-reading';
export {
  CLAIM_DIRECTION_HELP,
  CLAIM_DIRECTIONS,
  expectedMovement,
  isClaimDirection,
  type ClaimDirection,
  type ClaimDirectionHelp,
  type Improvement,
  type Movement,
} from './lib/claim-directions';
export { inPeriod, isWholeMonths, periodBefore, type ClaimPeriod } from './lib/claim-period';
export { isNetworkMeasure, NETWORK_MEASURE_DEFINITIONS, NETWORK_MEASURES, type NetworkMeasure, type NetworkMeasureDefinition } from './lib/network-measures';
export { PRACTICE_EVIDENCE, type PowerFigureKey, type PracticeEvidence } from './lib/practice-evidence';
