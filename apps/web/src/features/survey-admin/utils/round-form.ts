import type { OpenSurveyRoundInput, SurveyRoundStatus } from '../../../generated/graphql';
import { isoMonthProblem } from '@stewardship/domain';
import { nextMonth } from '@stewardship/web-charts';
import { datePartsFrom, readDateParts, type DateParts } from '../../../shared/utils/date-parts';
import { countText } from '../../../shared/utils/count-text';
import type { FieldError } from '../../../shared/utils/graphql-errors';
import { addDays, ukDayEnd, ukDayStart } from './uk-time';

/** The open-a-round form as typed. */
export interface RoundFormValues {
  month: string;
  opens: DateParts;
  closes: DateParts;
  personIds: string[];
}

/** The form's fields in page order, named as the API names them in its field errors. */
export const ROUND_FIELDS = ['month', 'opensAt', 'closesAt', 'personIds'] as const;

/** Where an error summary link for each field goes. */
export const ROUND_FIELD_TARGETS: Record<(typeof ROUND_FIELDS)[number], string> = {
  month: 'month',
  opensAt: 'opensAt-day',
  closesAt: 'closesAt-day',
  personIds: 'invitee-place',
};

export type RoundFormReading = { kind: 'valid'; input: OpenSurveyRoundInput } | { kind: 'invalid'; errors: FieldError[] };

/**
 * Checks the form before anything is sent. The round opens at the start of its opening day and closes at the end
 * of its closing day, both in UK time.
 */
export function readRoundForm(values: RoundFormValues): RoundFormReading {
  const errors: FieldError[] = [];
  const month = values.month.trim();
  if (month === '') errors.push({ field: 'month', message: 'Enter the month the survey is about' });
  else {
    const monthError = isoMonthProblem(month);
    if (monthError) errors.push({ field: 'month', message: monthError });
  }

  const opens = readDay(values.opens, 'opensAt', 'The opening date', errors);
  const closes = readDay(values.closes, 'closesAt', 'The closing date', errors);
  if (opens && closes && closes < opens) errors.push({ field: 'closesAt', message: 'The closing date must be the same as or after the opening date' });
  if (values.personIds.length === 0) errors.push({ field: 'personIds', message: 'Choose at least one person to invite' });

  if (errors.length > 0 || !opens || !closes) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    input: { month, opensAt: ukDayStart(opens).toISOString(), closesAt: ukDayEnd(closes).toISOString(), personIds: values.personIds },
  };
}

function readDay(parts: DateParts, field: string, label: string, errors: FieldError[]): string | null {
  const reading = readDateParts(parts, label);
  if (reading.kind === 'date') return reading.iso;
  errors.push({ field, message: reading.kind === 'empty' ? `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` : reading.message });
  return null;
}

/** The first month from this one on without a round, so the form usually needs no change. */
export function suggestedMonth(existing: readonly { month: string }[], today: string): string {
  const taken = new Set(existing.map((round) => round.month));
  let month = today.slice(0, 7);
  while (taken.has(month)) month = nextMonth(month);
  return month;
}

/** A new round's form: open today for two weeks. */
export function defaultRoundValues(existing: readonly { month: string }[], today: string): RoundFormValues {
  return {
    month: suggestedMonth(existing, today),
    opens: datePartsFrom(today),
    closes: datePartsFrom(addDays(today, 14)),
    personIds: [],
  };
}

const STATUS_TAGS: Record<SurveyRoundStatus, { text: string; className: string }> = {
  SCHEDULED: { text: 'Scheduled', className: 'nhsuk-tag--blue' },
  OPEN: { text: 'Open', className: 'nhsuk-tag--green' },
  CLOSED: { text: 'Closed', className: 'nhsuk-tag--grey' },
};

export function roundStatusTag(status: SurveyRoundStatus): { text: string; className: string } {
  return STATUS_TAGS[status];
}

/**
 * "12 of 40 invited responded" for a round sent through invitations; "161 responses" for one whose responses were
 * loaded without any (the demo's past months), where "of 0" would be false.
 */
export function responsesText(round: { responseCount: number; invitationCount: number }): string {
  if (round.invitationCount === 0) return countText(round.responseCount, 'response');
  return `${round.responseCount.toLocaleString('en-GB')} of ${round.invitationCount.toLocaleString('en-GB')} invited responded`;
}
