export { powerIndicators, type PowerIndicators, type PowerOptions } from './lib/power-indicators';
export { monthlyPowerIndicators, type MonthlyPowerIndicators } from './lib/monthly-power-indicators';
export { tallyPowerInput, type ParticipationTally, type TalliedDecision, type TalliedPowerInput } from './lib/participation-tally';
export {
  PowerInputError,
  type DecisionParticipant,
  type MonthRange,
  type PowerDecision,
  type PowerInput,
  type PowerOrganisation,
  type PowerPeriod,
  type PowerSeat,
} from './lib/power-input';
export {
  REPRESENTATION_DEFAULTS,
  type RepresentationFlag,
  type RepresentationOptions,
  type SectorRepresentation,
} from './lib/representation';
export {
  TOO_COSY_DEFAULTS,
  tooCosyWarning,
  type CosySeriesMonth,
  type TooCosyOptions,
  type TooCosyWarning,
  type ZeroRun,
} from './lib/too-cosy-warning';
export { POWER_DEFINITIONS, POWER_FIGURES, type PowerDefinition, type PowerDefinitionKey, type PowerFigure } from './lib/power-definitions';
