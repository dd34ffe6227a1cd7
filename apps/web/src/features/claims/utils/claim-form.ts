import { CLAIM_MADE_BY_ROLE_MAX_LENGTH, CLAIM_SOURCE_TITLE_MAX_LENGTH, CLAIM_TEXT_MAX_LENGTH, requiredTextProblem } from '@stewardship/domain';
import type { ClaimDirection, ClaimInput, Practice } from '../../../generated/graphql';
import { EMPTY_DATE, readDateParts, type DateParts } from '../../../shared/utils/date-parts';
import { optionalText, type Checked } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

/** What the record form holds while the user types: text as typed, '' for "not chosen". */
export interface ClaimFormValues {
  text: string;
  sourceTitle: string;
  sourceUrl: string;
  sourcePage: string;
  madeById: string;
  madeByRole: string;
  madeOn: DateParts;
  from: DateParts;
  to: DateParts;
  practices: Practice[];
  direction: ClaimDirection | '';
  placeId: string;
  /** Partners it names, with their names for the list under the picker. */
  partners: { id: string; name: string }[];
}

export const EMPTY_CLAIM_FORM: ClaimFormValues = {
  text: '',
  sourceTitle: '',
  sourceUrl: '',
  sourcePage: '',
  madeById: '',
  madeByRole: '',
  madeOn: EMPTY_DATE,
  from: EMPTY_DATE,
  to: EMPTY_DATE,
  practices: [],
  direction: '',
  placeId: '',
  partners: [],
};

/** The form's fields in page order, as ClaimInput names them in the API's field errors. */
export const CLAIM_FORM_FIELDS = ['text', 'sourceTitle', 'sourceUrl', 'sourcePage', 'madeById', 'madeByRole', 'madeOn', 'from', 'to', 'practices', 'direction', 'placeId', 'partnerIds'] as const;

const DATE_FIELDS = ['madeOn', 'from', 'to'];

/** The control an error summary link focuses: a date's day box, the partner picker, or the field itself. */
export function claimErrorTarget(field: string): string {
  if (DATE_FIELDS.includes(field)) return `${field}-day`;
  if (field === 'partnerIds') return 'partner-choice';
  return field;
}

/** The checks the API makes that need no database, in page order (it checks the rest); the input once nothing is wrong. */
export function checkClaimForm(values: ClaimFormValues): Checked<ClaimInput> {
  const problems: FieldError[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  add('text', requiredTextProblem(values.text, 'Claim', CLAIM_TEXT_MAX_LENGTH));
  add('sourceTitle', requiredTextProblem(values.sourceTitle, 'Document it was made in', CLAIM_SOURCE_TITLE_MAX_LENGTH));
  if (!values.madeById) add('madeById', 'Select the organisation that made the claim');
  add('madeByRole', requiredTextProblem(values.madeByRole, 'Role of whoever made it', CLAIM_MADE_BY_ROLE_MAX_LENGTH));
  const dates = {
    madeOn: readDateParts(values.madeOn, 'The day it was made'),
    from: readDateParts(values.from, 'The first day of the period'),
    to: readDateParts(values.to, 'The last day of the period'),
  };
  const missing = { madeOn: 'Enter the day it was made', from: 'Enter the first day of the period it speaks of', to: 'Enter the last day of the period it speaks of' };
  for (const field of ['madeOn', 'from', 'to'] as const) {
    const date = dates[field];
    if (date.kind === 'empty') add(field, missing[field]);
    else if (date.kind === 'problem') add(field, date.message);
  }
  if (dates.from.kind === 'date' && dates.to.kind === 'date' && dates.to.iso < dates.from.iso) add('to', 'The last day of the period must be on or after its first day');
  if (values.practices.length === 0) add('practices', 'Select at least one practice the claim concerns');
  if (values.direction === '') add('direction', 'Select what the claim asserts');

  if (problems.length > 0 || dates.madeOn.kind !== 'date' || dates.from.kind !== 'date' || dates.to.kind !== 'date' || values.direction === '') {
    return { problems, input: null };
  }
  return {
    problems,
    input: {
      text: values.text.trim(),
      sourceTitle: values.sourceTitle.trim(),
      sourceUrl: optionalText(values.sourceUrl),
      sourcePage: optionalText(values.sourcePage),
      madeById: values.madeById,
      madeByRole: values.madeByRole.trim(),
      madeOn: dates.madeOn.iso,
      from: dates.from.iso,
      to: dates.to.iso,
      practices: [...values.practices],
      direction: values.direction,
      placeId: values.placeId || null,
      partnerIds: values.partners.map((partner) => partner.id),
    },
  };
}
