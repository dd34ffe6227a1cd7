import { variationIconFor, XMR_DEFAULTS, type ImprovementDirection, type SpcRule, type SpcVariation, type VariationIcon } from '@stewardship/spc';

export type MarkSymbol = 'circle' | 'triangleUp' | 'triangleDown' | 'square';

/** How a point of one variation class looks: colour and, so that colour is never the only cue, a shape. */
export interface VariationMark {
  kind: VariationIcon['kind'];
  /** NHS identity colours. */
  fill: string;
  /** A dark outline where the fill alone is too light against white (under 3:1). */
  stroke: string | null;
  symbol: MarkSymbol;
  label: string;
}

export const VARIATIONS: readonly SpcVariation[] = ['common', 'improvement', 'concern', 'neitherHigh', 'neitherLow'];

const FILL: Record<VariationIcon['kind'], string> = {
  common: '#768692', // NHS mid grey
  improvement: '#005eb8', // NHS blue
  concern: '#ed8b00', // NHS orange
  neither: '#330072', // NHS purple
};
const DARK_OUTLINE = '#212b32';

/** How a point of this variation class is drawn. Scores are better when higher unless told otherwise. */
export function variationMark(variation: SpcVariation, improvement: ImprovementDirection = 'increase'): VariationMark {
  const icon = variationIconFor(variation, improvement);
  const symbol: MarkSymbol =
    icon.kind === 'common' ? 'circle' : icon.kind === 'neither' ? 'square' : icon.side === 'low' ? 'triangleDown' : 'triangleUp';
  return {
    kind: icon.kind,
    fill: FILL[icon.kind],
    stroke: icon.kind === 'concern' ? DARK_OUTLINE : null,
    symbol,
    label: icon.label,
  };
}

const RULE_LABELS: Record<SpcRule, string> = {
  outside: 'Outside the process limits',
  shift: `${XMR_DEFAULTS.shiftLength} or more in a row on one side of the mean`,
  trend: `${XMR_DEFAULTS.trendLength} or more in a row rising or falling`,
  twoOfThree: '2 of 3 in a row close to a limit',
};

/** The Making Data Count rule that flagged a point, in a few words. */
export function ruleLabel(rule: SpcRule): string {
  return RULE_LABELS[rule];
}

/** "None", or the rules that flagged a point separated by semicolons. */
export function rulesText(rules: readonly SpcRule[]): string {
  return rules.length ? rules.map(ruleLabel).join('; ') : 'None';
}
