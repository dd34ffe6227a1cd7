import type { DecisionParticipation } from '@stewardship/domain';
import { giniCoefficient, herfindahlIndex } from './concentration';
import { isTallied, tallyPowerInput, type ParticipationTally, type TalliedDecision, type TalliedPowerInput } from './participation-tally';
import {
  checkPeriod,
  checkPowerInput,
  ratioOrNull,
  seatOverlaps,
  type CheckedPowerInput,
  type PowerInput,
  type PowerPeriod,
} from './power-input';
import {
  representationOn,
  resolveRepresentationOptions,
  type RepresentationOptions,
  type SectorRepresentation,
} from './representation';

export type PowerOptions = RepresentationOptions;

/** Every figure is null where its denominator is 0: "no cases" is not 0 %. */
export interface PowerIndicators {
  decisionCount: number;
  inclusionRatio: number | null;
  outsideForumShare: number | null;
  deputiesWithoutAuthorityShare: number | null;
  proposerHhi: number | null;
  proposerGini: number | null;
  reopenedShare: number | null;
  dissentRate: number | null;
  conflictSurfacedRate: number | null;
  representation: SectorRepresentation[];
}

/** Affected partners have a say when present, voting or consulted, and not a deputy sent without authority to commit. */
const hasASay = (participant: DecisionParticipation) =>
  participant.present &&
  (participant.vote || participant.consulted) &&
  (!participant.deputy || participant.delegatedAuthority);

const isDeputyWithoutAuthority = (participant: DecisionParticipation) => participant.deputy && !participant.delegatedAuthority;

/**
 * Proposals per organisation among those that held a seat (any seat overlapping the period) in a forum where one of
 * the period's decisions was taken, zeros included: a seat-holder that never proposes is what concentration means.
 * A decision without a proposerId, or proposed by an organisation outside that group, counts as a decision (in the
 * other figures) but adds to nobody here. An organisation's proposals are all its proposals in the period, in any
 * forum.
 */
function proposalCounts(checked: CheckedPowerInput, decisions: readonly TalliedDecision[], period: PowerPeriod): number[] {
  const forums = new Set(decisions.map((decision) => decision.forumId));
  const proposals = new Map<string, number>();
  for (const seat of checked.seats) {
    if (forums.has(seat.forumId) && seatOverlaps(seat, period)) proposals.set(seat.organisationId, 0);
  }
  for (const decision of decisions) {
    const count = decision.proposerId === undefined ? undefined : proposals.get(decision.proposerId);
    if (count !== undefined) proposals.set(decision.proposerId as string, count + 1);
  }
  return [...proposals.values()];
}

/** The input checked, with its participants tallied when it lists them. */
export const checkedPowerInput = (input: PowerInput | TalliedPowerInput): CheckedPowerInput =>
  checkPowerInput(isTallied(input) ? input : tallyPowerInput(input));

/** The figures for decisions and participant tallies already known to be dated within the (checked) period. */
export function indicatorsForDecisions(
  checked: CheckedPowerInput,
  decisions: readonly TalliedDecision[],
  participation: readonly ParticipationTally[],
  period: PowerPeriod,
  options: Required<RepresentationOptions>,
): PowerIndicators {
  let affected = 0;
  let affectedWithASay = 0;
  let present = 0;
  let presentDeputiesWithoutAuthority = 0;
  let outsideForum = 0;
  let reopening = 0;
  let withDissent = 0;
  let withConflictSurfaced = 0;
  for (const decision of decisions) {
    if (decision.outsideForum) outsideForum += 1;
    // Any reopensId counts: the decision it reopens may be older than the log given.
    if (decision.reopensId !== undefined && decision.reopensId !== '') reopening += 1;
    if (decision.conflictSurfaced) withConflictSurfaced += 1;
    if (decision.dissented) withDissent += 1;
  }
  // Counted per participant, so an organisation affected by three decisions counts three times.
  for (const { participation: participant, count } of participation) {
    if (participant.affected) {
      affected += count;
      if (hasASay(participant)) affectedWithASay += count;
    }
    if (participant.present) {
      present += count;
      if (isDeputyWithoutAuthority(participant)) presentDeputiesWithoutAuthority += count;
    }
  }
  const proposals = proposalCounts(checked, decisions, period);
  const decisionCount = decisions.length;
  return {
    decisionCount,
    // affected participants with a say ÷ affected participants
    inclusionRatio: ratioOrNull(affectedWithASay, affected),
    // decisions taken outside the forum ÷ decisions
    outsideForumShare: ratioOrNull(outsideForum, decisionCount),
    // present participants who are deputies without delegated authority ÷ present participants
    deputiesWithoutAuthorityShare: ratioOrNull(presentDeputiesWithoutAuthority, present),
    // Σ sᵢ² over seat-holders' shares of proposals
    proposerHhi: herfindahlIndex(proposals),
    // Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² x̄) over seat-holders' proposal counts
    proposerGini: giniCoefficient(proposals),
    // decisions that reopen an earlier one ÷ decisions
    reopenedShare: ratioOrNull(reopening, decisionCount),
    // decisions with at least one dissenting participant ÷ decisions
    dissentRate: ratioOrNull(withDissent, decisionCount),
    // decisions with conflict surfaced ÷ decisions
    conflictSurfacedRate: ratioOrNull(withConflictSurfaced, decisionCount),
    // seats and votes by sector against weight, on the period's last day
    representation: representationOn(checked, period.to, options),
  };
}

/**
 * The power-sharing indicators over the decisions dated within the period (both days inclusive), and representation
 * on the period's last day, from the log with its participants listed or tallied (the same figures either way).
 * Throws a PowerInputError naming the field for a bad date, sector or weight.
 */
export function powerIndicators(input: PowerInput | TalliedPowerInput, period: PowerPeriod, options: PowerOptions = {}): PowerIndicators {
  checkPeriod(period);
  const resolved = resolveRepresentationOptions(options);
  const checked = checkedPowerInput(input);
  const within = ({ date }: { date: string }) => date >= period.from && date <= period.to;
  return indicatorsForDecisions(checked, checked.decisions.filter(within), checked.participation.filter(within), period, resolved);
}
