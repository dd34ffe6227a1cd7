import type { SeatChangeInput, SeatInput } from '../../../generated/graphql';
import { readDateParts, type DateParts, type DateReading } from '../../../shared/utils/date-parts';
import { formatDay } from '../../../shared/utils/format-dates';
import type { FieldError } from '../../../shared/utils/graphql-errors';
import type { Checked } from '../../../shared/utils/form-errors';

/** The seat's vote and chair, as the values of the "Voting and chair" checkboxes. */
export type SeatRole = 'voting' | 'chair';

export interface AddSeatValues {
  organisationId: string;
  roles: SeatRole[];
  from: DateParts;
  to: DateParts;
}

export interface ChangeSeatValues {
  roles: SeatRole[];
  from: DateParts;
}

/** Fields in page order, as SeatInput names them. Dates are three boxes: a summary link goes to the day. */
export const ADD_SEAT_FIELDS = ['organisationId', 'roles', 'from', 'to'] as const;
export const DATE_TARGETS = { from: 'from-day', to: 'to-day' };

function requiredDate(field: string, parts: DateParts, label: string, missing: string, problems: FieldError[]): string | null {
  const reading: DateReading = readDateParts(parts, label);
  if (reading.kind === 'date') return reading.iso;
  problems.push({ field, message: reading.kind === 'empty' ? missing : reading.message });
  return null;
}

/** Checks a new seat and gives its SeatInput when there is nothing wrong. */
export function checkAddSeat(forumId: string, values: AddSeatValues): Checked<SeatInput> {
  const problems: FieldError[] = [];
  if (!values.organisationId) problems.push({ field: 'organisationId', message: 'Select the organisation that holds the seat' });
  const from = requiredDate('from', values.from, 'The first day of the seat', 'Enter the first day of the seat', problems);
  let to: string | null = null;
  const toReading = readDateParts(values.to, 'The last day of the seat');
  if (toReading.kind === 'problem') problems.push({ field: 'to', message: toReading.message });
  else if (toReading.kind === 'date') to = toReading.iso;
  if (from && to && to < from) problems.push({ field: 'to', message: 'The last day of the seat must be the same as or after the first day' });
  if (problems.length > 0 || !from) return { problems, input: null };
  return {
    problems,
    input: { forumId, organisationId: values.organisationId, voting: values.roles.includes('voting'), chair: values.roles.includes('chair'), from, to },
  };
}

/** Checks a change to a seat: it must take effect after the seat began, and not after it ended. */
export function checkChangeSeat(seat: { from: string; to?: string | null }, values: ChangeSeatValues): Checked<SeatChangeInput> {
  const problems: FieldError[] = [];
  const from = requiredDate('from', values.from, 'The date the change takes effect', 'Enter the date the change takes effect', problems);
  if (from && from <= seat.from) {
    problems.push({ field: 'from', message: `The change must take effect after the seat began on ${formatDay(seat.from)}` });
  } else if (from && seat.to && from > seat.to) {
    problems.push({ field: 'from', message: `The seat ended on ${formatDay(seat.to)}. Add a new seat instead` });
  }
  if (problems.length > 0 || !from) return { problems, input: null };
  return { problems, input: { voting: values.roles.includes('voting'), chair: values.roles.includes('chair'), from } };
}

/** Checks the last day of a seat being ended: on or after the day it began. */
export function checkEndSeat(seat: { from: string }, parts: DateParts): Checked<string> {
  const problems: FieldError[] = [];
  const to = requiredDate('to', parts, 'The last day of the seat', 'Enter the last day of the seat', problems);
  if (to && to < seat.from) {
    problems.push({ field: 'to', message: `The last day must be on or after the day the seat began, ${formatDay(seat.from)}` });
  }
  return problems.length > 0 || !to ? { problems, input: null } : { problems, input: to };
}

export function seatRolesOf(seat: { voting: boolean; chair: boolean }): SeatRole[] {
  return [...(seat.voting ? (['voting'] as const) : []), ...(seat.chair ? (['chair'] as const) : [])];
}

/** The "Voting and chair" checkboxes of the seat forms. */
export const SEAT_ROLE_OPTIONS: { value: SeatRole; label: string }[] = [
  { value: 'voting', label: 'Voting' },
  { value: 'chair', label: 'Chair' },
];
