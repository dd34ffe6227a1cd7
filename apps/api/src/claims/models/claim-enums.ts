import { registerEnumType } from '@nestjs/graphql';
import { CLAIM_DIRECTION_HELP, CLAIM_DIRECTIONS, NETWORK_MEASURE_DEFINITIONS, NETWORK_MEASURES, VERDICT_LABELS, VERDICT_RULES, VERDICTS, type ClaimDirection, type NetworkMeasure, type Verdict, type VerdictRuleKey } from '@stewardship/evidence';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ClaimDirectionEnum = enumOf(CLAIM_DIRECTIONS);
registerEnumType(ClaimDirectionEnum, {
  name: 'ClaimDirection',
  description: 'What a claim asserts of the figures that bear on it (libs/evidence CLAIM_DIRECTION_HELP).',
  valuesMap: Object.fromEntries(CLAIM_DIRECTIONS.map((d) => [d, { description: CLAIM_DIRECTION_HELP[d].meaning }])) as Record<ClaimDirection, { description: string }>,
});

export const VerdictEnum = enumOf(VERDICTS);
registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description: 'A verdict on a claim, suggested from the evidence (libs/evidence suggestVerdict) or given by a reviewer.',
  valuesMap: Object.fromEntries(VERDICTS.map((v) => [v, { description: VERDICT_LABELS[v] }])) as Record<Verdict, { description: string }>,
});

export const VerdictRuleEnum = enumOf(VERDICT_RULES.map((rule) => rule.key));
registerEnumType(VerdictRuleEnum, {
  name: 'VerdictRule',
  description: 'Which rule of libs/evidence VERDICT_RULES decided a suggested verdict, tried in this order.',
  valuesMap: Object.fromEntries(VERDICT_RULES.map((rule) => [rule.key, { description: rule.text }])) as Record<VerdictRuleKey, { description: string }>,
});

export const NetworkMeasureEnum = enumOf(NETWORK_MEASURES);
registerEnumType(NetworkMeasureEnum, {
  name: 'NetworkMeasure',
  description: "A partner network measure: a partner's (degree, strength, betweenness) or a network's (density, reciprocity).",
  valuesMap: Object.fromEntries(NETWORK_MEASURES.map((m) => [m, { description: NETWORK_MEASURE_DEFINITIONS[m].help }])) as Record<NetworkMeasure, { description: string }>,
});

export const CLAIM_EVIDENCE_KINDS = ['DECISION', 'POWER_INDICATOR', 'PRACTICE_SCORE', 'NETWORK_MEASURE', 'DOCUMENT'] as const;
export type ClaimEvidenceKind = (typeof CLAIM_EVIDENCE_KINDS)[number];
export const ClaimEvidenceKindEnum = enumOf(CLAIM_EVIDENCE_KINDS);
registerEnumType(ClaimEvidenceKindEnum, {
  name: 'ClaimEvidenceKind',
  description: 'What a piece of evidence is. Figures (power indicators, practice scores, network measures) are weighed for the suggested verdict; decisions and documents are cited.',
  valuesMap: {
    DECISION: { description: 'A decision in the log (cited, not weighed: the power indicators carry the log into the verdict).' },
    POWER_INDICATOR: { description: 'A power-sharing figure month by month, for a place or the whole system.' },
    PRACTICE_SCORE: { description: "A practice's score month by month, for a place or the whole system, as published (small groups withheld)." },
    NETWORK_MEASURE: { description: "A network measure month by month: a partner's, or a place's or the whole system's network." },
    DOCUMENT: { description: 'A document elsewhere, by title and web address (cited, not weighed).' },
  },
});

/** Where a claim stands in review. */
export const CLAIM_STATUSES = ['AWAITING', 'REVIEWED', 'CHANGED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const ClaimStatusEnum = enumOf(CLAIM_STATUSES);
registerEnumType(ClaimStatusEnum, {
  name: 'ClaimStatus',
  valuesMap: {
    AWAITING: { description: 'Awaiting review: no verdict yet.' },
    REVIEWED: { description: 'Reviewed, and the evidence is as it was at the latest verdict.' },
    CHANGED: { description: 'Evidence changed since review: new data, or new evidence linked, after the latest verdict.' },
  },
});

export const MovementEnum = { higher: 'higher', lower: 'lower', same: 'same' } as const;
registerEnumType(MovementEnum, { name: 'Movement', description: 'Which way a figure moved from the period before to the claim’s period.' });
