import { SECTORS, isIsoDate, isSector, isoMonthProblem, type DecisionParticipation, type Sector } from '@stewardship/domain';
import type { ParticipationTally, TalliedDecision, TalliedPowerInput } from './participation-tally';

export interface PowerOrganisation {
  id: string;
  sector: string;
  /** What the organisation brings (budget, population served…); organisations without one are left out of weight share. */
  weight?: number;
}

export interface PowerSeat {
  organisationId: string;
  forumId: string;
  voting: boolean;
  /** First day held, yyyy-mm-dd. */
  from: string;
  /** Last day held, yyyy-mm-dd, inclusive; absent while the seat is held. */
  to?: string;
}

/** How one organisation took part in a decision (the log's own fields, see libs/domain). */
export interface DecisionParticipant extends DecisionParticipation {
  organisationId: string;
}

export interface PowerDecision {
  id: string;
  forumId: string;
  /** yyyy-mm-dd */
  date: string;
  proposerId?: string;
  outsideForum: boolean;
  conflictSurfaced: boolean;
  /** The earlier decision this one reopens. */
  reopensId?: string;
  participants: readonly DecisionParticipant[];
}

export interface PowerInput {
  organisations: readonly PowerOrganisation[];
  seats: readonly PowerSeat[];
  decisions: readonly PowerDecision[];
}

/** Both days inclusive, yyyy-mm-dd. */
export interface PowerPeriod {
  from: string;
  to: string;
}

/** Months inclusive, yyyy-mm. */
export interface MonthRange {
  from: string;
  to: string;
}

/** Bad input, naming the field as the caller sent it (e.g. `seats[3].from`), so the API can report it per field. */
export class PowerInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PowerInputError';
  }
}

const dateMessage = (value: unknown) => `must be a real date as yyyy-mm-dd; got ${JSON.stringify(value)}`;

function checkDate(value: unknown, field: string): void {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new PowerInputError(field, dateMessage(value));
}

/** From and to are real dates and from is not after to. ISO dates then compare correctly as strings. */
export function checkPeriod(period: PowerPeriod, field = 'period'): void {
  checkDate(period.from, `${field}.from`);
  checkDate(period.to, `${field}.to`);
  if (period.from > period.to) {
    throw new PowerInputError(`${field}.to`, `must not be before ${field}.from (${period.from}); got ${period.to}`);
  }
}

export function checkMonthRange(range: MonthRange): void {
  for (const key of ['from', 'to'] as const) {
    const problem = typeof range[key] === 'string' ? isoMonthProblem(range[key]) : 'Enter the month as yyyy-mm';
    if (problem) throw new PowerInputError(`range.${key}`, `${problem}; got ${JSON.stringify(range[key])}`);
  }
  if (range.from > range.to) {
    throw new PowerInputError('range.to', `must not be before range.from (${range.from}); got ${range.to}`);
  }
}

/** The input after its checks: each organisation's sector known, every date real, participants tallied. */
export interface CheckedPowerInput {
  sectorOf: ReadonlyMap<string, Sector>;
  organisations: readonly PowerOrganisation[];
  seats: readonly PowerSeat[];
  decisions: readonly TalliedDecision[];
  participation: readonly ParticipationTally[];
}

/** Throws a PowerInputError for the first bad field; one pass over the log. */
export function checkPowerInput(input: TalliedPowerInput): CheckedPowerInput {
  const sectorOf = new Map<string, Sector>();
  input.organisations.forEach((organisation, index) => {
    const field = `organisations[${index}]`;
    if (sectorOf.has(organisation.id)) {
      throw new PowerInputError(`${field}.id`, `${JSON.stringify(organisation.id)} appears more than once`);
    }
    if (!isSector(organisation.sector)) {
      const got = JSON.stringify(organisation.sector);
      throw new PowerInputError(`${field}.sector`, `must be one of ${SECTORS.join(', ')}; got ${got}`);
    }
    const weight = organisation.weight;
    if (weight !== undefined && !(Number.isFinite(weight) && weight >= 0)) {
      throw new PowerInputError(`${field}.weight`, `must be a finite number, 0 or more, or absent; got ${String(weight)}`);
    }
    sectorOf.set(organisation.id, organisation.sector);
  });
  input.seats.forEach((seat, index) => {
    const field = `seats[${index}]`;
    if (!sectorOf.has(seat.organisationId)) {
      const got = JSON.stringify(seat.organisationId);
      throw new PowerInputError(`${field}.organisationId`, `${got} is not among the organisations`);
    }
    checkDate(seat.from, `${field}.from`);
    if (seat.to !== undefined) {
      checkDate(seat.to, `${field}.to`);
      if (seat.to < seat.from) {
        throw new PowerInputError(`${field}.to`, `must not be before ${field}.from (${seat.from}); got ${seat.to}`);
      }
    }
  });
  input.decisions.forEach((decision, index) => checkDate(decision.date, `decisions[${index}].date`));
  input.participation.forEach((tally, index) => {
    checkDate(tally.date, `participation[${index}].date`);
    if (!(Number.isInteger(tally.count) && tally.count > 0)) {
      throw new PowerInputError(`participation[${index}].count`, `must be a whole number above 0; got ${String(tally.count)}`);
    }
  });
  return { sectorOf, organisations: input.organisations, seats: input.seats, decisions: input.decisions, participation: input.participation };
}

/** A seat is held on `day` when from ≤ day ≤ (to ?? ∞). */
export const seatHeldOn = (seat: PowerSeat, day: string) => seat.from <= day && (seat.to === undefined || day <= seat.to);

/** A seat overlaps the period when it starts by the period's last day and ends on or after its first. */
export const seatOverlaps = (seat: PowerSeat, period: PowerPeriod) =>
  seat.from <= period.to && (seat.to === undefined || seat.to >= period.from);

/** null when the denominator is 0, so "no cases" never reads as 0 % or NaN. */
export const ratioOrNull = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;
