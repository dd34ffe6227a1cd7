import type { PowerIndicators } from './power-indicators';
import { REPRESENTATION_DEFAULTS, type SectorRepresentation } from './representation';
import { TOO_COSY_DEFAULTS } from './too-cosy-warning';

/** The figures that are one number per period, in the order the power page shows them. */
export const POWER_FIGURES = [
  'inclusionRatio',
  'outsideForumShare',
  'deputiesWithoutAuthorityShare',
  'proposerHhi',
  'proposerGini',
  'reopenedShare',
  'dissentRate',
  'conflictSurfacedRate',
  'decisionCount',
] as const satisfies readonly PowerDefinitionKey[];
export type PowerFigure = (typeof POWER_FIGURES)[number];

export interface PowerDefinition {
  name: string;
  /** The formula in words, as the code computes it. */
  formula: string;
  /** What an empty value (null) means. */
  whenNull: string;
}

export type PowerDefinitionKey =
  | Exclude<keyof PowerIndicators, 'representation'>
  | Exclude<keyof SectorRepresentation, 'sector' | 'seats' | 'votingSeats' | 'weight' | 'seatFlag' | 'voteFlag'>
  | 'representationFlag'
  | 'tooCosy';

// Built from the defaults the maths uses, so the words cannot drift from the figures.
const { underRepresentedBelow, overRepresentedAbove } = REPRESENTATION_DEFAULTS;
const noDecisions = 'No decisions were recorded in the period.';

/** Help text for each power-sharing figure, for the default options. */
export const POWER_DEFINITIONS: Record<PowerDefinitionKey, PowerDefinition> = {
  decisionCount: {
    name: 'Decisions',
    formula: 'The number of decisions dated within the period, first and last day included.',
    whenNull: 'Never empty: 0 when no decisions were recorded.',
  },
  inclusionRatio: {
    name: 'Inclusion ratio',
    formula:
      'Affected partners with a say divided by affected partners, counted once per decision. A partner has a say ' +
      'when present and either voting or consulted, and not a deputy sent without delegated authority.',
    whenNull: 'No decision in the period recorded an affected partner.',
  },
  outsideForumShare: {
    name: 'Decisions taken outside the forum',
    formula: 'Decisions taken outside the forum divided by all decisions in the period.',
    whenNull: noDecisions,
  },
  deputiesWithoutAuthorityShare: {
    name: 'Deputies without delegated authority',
    formula: 'Present participants who were deputies without delegated authority divided by all present participants.',
    whenNull: 'No decision in the period recorded anyone present.',
  },
  proposerHhi: {
    name: 'Concentration of proposers (Herfindahl index)',
    formula:
      "The sum of the squares of each seat-holder's share of the proposals: 1 when one partner proposes everything, " +
      '1 divided by n when n partners propose equally. Seat-holders are partners with a seat during the period in a ' +
      'forum that took one of its decisions. Decisions without a recorded proposer, or proposed by someone without ' +
      'such a seat, count for nobody.',
    whenNull: 'No seat-holder proposed a decision in the period.',
  },
  proposerGini: {
    name: 'Inequality of proposers (Gini coefficient)',
    formula:
      'The sum of the differences between every pair of seat-holders’ proposal counts, divided by twice the square ' +
      'of the number of seat-holders times their mean count. 0 when all propose equally; (n − 1) divided by n when ' +
      'one of n seat-holders proposes everything. Seat-holders who proposed nothing are included.',
    whenNull: 'No seat-holders, or none of them proposed a decision in the period.',
  },
  reopenedShare: {
    name: 'Reopened decisions',
    formula: 'Decisions that reopen an earlier decision divided by all decisions in the period.',
    whenNull: noDecisions,
  },
  dissentRate: {
    name: 'Recorded dissent',
    formula: 'Decisions with at least one participant recorded as dissenting divided by all decisions in the period.',
    whenNull: noDecisions,
  },
  conflictSurfacedRate: {
    name: 'Conflict surfaced',
    formula: 'Decisions where conflict was surfaced and recorded divided by all decisions in the period.',
    whenNull: noDecisions,
  },
  seatShare: {
    name: 'Seat share',
    formula:
      "The sector's seats divided by all seats held on the period's last day. Each seat counts once, so a partner " +
      'with seats on two forums counts twice.',
    whenNull: "No seats were held on the period's last day.",
  },
  voteShare: {
    name: 'Vote share',
    formula: "The sector's voting seats divided by all voting seats held on the period's last day.",
    whenNull: "No voting seats were held on the period's last day.",
  },
  weightShare: {
    name: 'Weight share',
    formula: "The weight of the sector's partners divided by the weight of all partners that have a weight recorded.",
    whenNull: 'No partner has a weight recorded.',
  },
  seatRatio: {
    name: 'Seat representation ratio',
    formula: 'Seat share divided by weight share: 1 means seats in proportion to weight.',
    whenNull: 'No seats were held, or the sector has no weight to compare with.',
  },
  voteRatio: {
    name: 'Vote representation ratio',
    formula: 'Vote share divided by weight share: 1 means votes in proportion to weight.',
    whenNull: 'No voting seats were held, or the sector has no weight to compare with.',
  },
  representationFlag: {
    name: 'Under- or over-represented',
    formula:
      `A sector is flagged under-represented when its ratio is below ${underRepresentedBelow} and over-represented ` +
      `when above ${overRepresentedAbove}. A ratio exactly on a threshold is not flagged. A sector with weight but ` +
      'no seats has a ratio of 0.',
    whenNull: 'Not flagged, or no ratio to judge.',
  },
  tooCosy: {
    name: '"Too cosy" warning',
    formula:
      `Recorded dissent, or conflict surfaced, was zero in each of the last ${TOO_COSY_DEFAULTS.months} calendar ` +
      'months in a row, ending at the latest month. A month without decisions ends the run.',
    whenNull: 'No warning: the latest month had dissent or conflict, or no decisions.',
  },
};
