import type { DecisionParticipation } from '@stewardship/domain';
import type { PowerDecision, PowerInput, PowerOrganisation, PowerSeat } from './power-input';

/** How many participants of the decisions dated `date` took part in exactly this way. */
export interface ParticipationTally {
  /** yyyy-mm-dd, the decisions' date */
  date: string;
  participation: DecisionParticipation;
  count: number;
}

/** A decision without its participant list: `dissented` is true when at least one participant dissented. */
export interface TalliedDecision extends Omit<PowerDecision, 'participants'> {
  dissented: boolean;
}

/**
 * The log with participants counted by date and by how they took part rather than listed on each decision. Every
 * figure counts participants only per decision (dissent) or over all of a period's decisions (inclusion, deputies), so
 * it is the same from this far smaller input: a 50,000-decision log's 250,000 participants become a few tens of
 * thousands of counts that PostgreSQL can group before they are sent.
 */
export interface TalliedPowerInput {
  organisations: readonly PowerOrganisation[];
  seats: readonly PowerSeat[];
  decisions: readonly TalliedDecision[];
  participation: readonly ParticipationTally[];
}

const FLAGS = ['affected', 'present', 'consulted', 'vote', 'dissented', 'deputy', 'delegatedAuthority'] as const;

const keyOf = (date: string, participation: DecisionParticipation) =>
  FLAGS.reduce((key, flag) => key + (participation[flag] ? '1' : '0'), `${date}:`);

/** The tallied form of a listed log: what the API's SQL sends, worked in memory. */
export function tallyPowerInput(input: PowerInput): TalliedPowerInput {
  const tallies = new Map<string, ParticipationTally>();
  const decisions = input.decisions.map(({ participants, ...decision }) => {
    for (const { organisationId: _, ...participation } of participants) {
      const key = keyOf(decision.date, participation);
      const tally = tallies.get(key);
      if (tally) tally.count += 1;
      else tallies.set(key, { date: decision.date, participation, count: 1 });
    }
    return { ...decision, dissented: participants.some((participant) => participant.dissented) };
  });
  return { organisations: input.organisations, seats: input.seats, decisions, participation: [...tallies.values()] };
}

export const isTallied = (input: PowerInput | TalliedPowerInput): input is TalliedPowerInput => 'participation' in input;
