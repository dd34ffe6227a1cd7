import { EVIDENCE_TITLE_MAX_LENGTH, evidenceUrlProblem, isIsoDate, MANUAL_INDICATOR_NAME_MAX_LENGTH, requiredTextProblem } from '@stewardship/domain';
import type { Checked } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

/** The form as typed. */
export interface ManualIndicatorDraft {
  name: string;
  value: string;
  from: string;
  to: string;
  evidenceUrl: string;
  evidenceTitle: string;
}

export const EMPTY_MANUAL_INDICATOR: ManualIndicatorDraft = { name: '', value: '', from: '', to: '', evidenceUrl: '', evidenceTitle: '' };
/** In page order; also the input's field names the API names in its errors. */
export const MANUAL_INDICATOR_FIELDS = ['name', 'value', 'from', 'to', 'evidenceUrl', 'evidenceTitle', 'placeId'] as const;

export interface ManualIndicatorValues {
  name: string;
  value: number;
  from: string;
  to: string;
  evidenceUrl: string;
  evidenceTitle: string;
}

/** The checks the form can make itself, with the API's limits and wording; the API checks again. */
export function checkManualIndicator(draft: ManualIndicatorDraft): Checked<ManualIndicatorValues> {
  const problems: FieldError[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  add('name', requiredTextProblem(draft.name, 'Indicator', MANUAL_INDICATOR_NAME_MAX_LENGTH));
  const value = Number(draft.value.trim().replace(/,/g, ''));
  add('value', draft.value.trim() === '' ? 'Enter the value' : Number.isFinite(value) ? null : 'Enter the value as a number, like 0.42 or 12');
  add('from', isIsoDate(draft.from) ? null : 'Enter the first day of the period as a real date, yyyy-mm-dd');
  add('to', isIsoDate(draft.to) ? (isIsoDate(draft.from) && draft.to < draft.from ? 'The last day must not be before the first day' : null) : 'Enter the last day of the period as a real date, yyyy-mm-dd');
  add('evidenceUrl', evidenceUrlProblem(draft.evidenceUrl));
  add('evidenceTitle', requiredTextProblem(draft.evidenceTitle, 'Title of the evidence', EVIDENCE_TITLE_MAX_LENGTH));
  if (problems.length) return { problems, input: null };
  return {
    problems,
    input: { name: draft.name.trim(), value, from: draft.from, to: draft.to, evidenceUrl: draft.evidenceUrl.trim(), evidenceTitle: draft.evidenceTitle.trim() },
  };
}
