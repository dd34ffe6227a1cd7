export {
  xmr,
  XMR_DEFAULTS,
  type ImprovementDirection,
  type SpcAssurance,
  type SpcRule,
  type SpcVariation,
  type XmrInputPoint,
  type XmrOptions,
  type XmrPeriod,
  type XmrPoint,
  type XmrResult,
} from './lib/xmr';
export { XMR_HELP, variationIcon, variationIconFor, type VariationIcon, type XmrHelp } from './lib/xmr-help';
export { REBASE_HELP, rebaseSuggestion, type RebaseSuggestion } from './lib/rebase-suggestion';
