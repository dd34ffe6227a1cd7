import { externalIdProblem, localAuthorityProblem, nameProblem, normaliseCode, onsCodeProblem } from '@stewardship/domain';
import type { PlaceFieldsFragment, PlaceInput } from '../../../generated/graphql';
import { optionalText } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

/** What the place form holds while the user types. */
export interface PlaceFormValues {
  name: string;
  localAuthority: string;
  onsCode: string;
  externalId: string;
}

/** The form's fields in page order; also the PlaceInput field names the API reports errors on. */
export const PLACE_FORM_FIELDS = ['name', 'localAuthority', 'onsCode', 'externalId'] as const;

export const EMPTY_PLACE_FORM: PlaceFormValues = { name: '', localAuthority: '', onsCode: '', externalId: '' };

export function placeFormFrom(place: PlaceFieldsFragment): PlaceFormValues {
  return {
    name: place.name,
    localAuthority: place.localAuthority ?? '',
    onsCode: place.onsCode ?? '',
    externalId: place.externalId ?? '',
  };
}

/** The same checks the API makes, so most mistakes are caught before anything is sent. In page order. */
export function placeFormProblems(values: PlaceFormValues): FieldError[] {
  const problems: FieldError[] = [];
  const name = nameProblem(values.name, 'place');
  if (name) problems.push({ field: 'name', message: name });
  const localAuthority = localAuthorityProblem(values.localAuthority);
  if (localAuthority) problems.push({ field: 'localAuthority', message: localAuthority });
  if (values.onsCode.trim() !== '') {
    const onsProblem = onsCodeProblem(values.onsCode);
    if (onsProblem) problems.push({ field: 'onsCode', message: onsProblem });
  }
  const externalId = externalIdProblem(values.externalId);
  if (externalId) problems.push({ field: 'externalId', message: externalId });
  return problems;
}

export function placeInputFrom(values: PlaceFormValues): PlaceInput {
  const onsCode = normaliseCode(values.onsCode);
  return {
    name: values.name.trim(),
    localAuthority: optionalText(values.localAuthority),
    onsCode: onsCode === '' ? null : onsCode,
    externalId: optionalText(values.externalId),
  };
}
