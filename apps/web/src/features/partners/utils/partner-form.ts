import {
  DEFAULT_SECTOR_BY_KIND,
  externalIdProblem,
  isOrganisationKind,
  normaliseCode,
  odsCodeProblem,
  organisationNameProblem,
  weightProblem,
} from '@stewardship/domain';
import type {
  OrganisationFieldsFragment,
  OrganisationInput,
  OrganisationKind,
  Sector,
} from '../../../generated/graphql';
import { optionalText } from '../../../shared/utils/form-errors';
import type { FieldError } from '../../../shared/utils/graphql-errors';

/** What the partner form holds while the user types: text as typed, '' for "not chosen". */
export interface PartnerFormValues {
  name: string;
  odsCode: string;
  kind: OrganisationKind | '';
  sector: Sector | '';
  placeIds: string[];
  weight: string;
  externalId: string;
}

/** The form's fields in page order; they are also the OrganisationInput field names the API reports errors on. */
export const PARTNER_FORM_FIELDS = ['name', 'odsCode', 'kind', 'sector', 'placeIds', 'weight', 'externalId'] as const;
export type PartnerFormField = (typeof PARTNER_FORM_FIELDS)[number];

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  odsCode: '',
  kind: '',
  sector: '',
  placeIds: [],
  weight: '',
  externalId: '',
};

export function partnerFormFromOrganisation(organisation: OrganisationFieldsFragment): PartnerFormValues {
  return {
    name: organisation.name,
    odsCode: organisation.odsCode ?? '',
    kind: organisation.kind,
    sector: organisation.sector,
    placeIds: organisation.places.map((place) => place.id),
    weight: organisation.weight === null ? '' : String(organisation.weight),
    externalId: organisation.externalId ?? '',
  };
}

/**
 * Choosing a kind pre-selects its usual sector (DEFAULT_SECTOR_BY_KIND) unless the user has
 * already chosen a sector themselves.
 */
export function withKind(values: PartnerFormValues, kind: string, sectorChosenByUser: boolean): PartnerFormValues {
  const nextKind = isOrganisationKind(kind) ? kind : '';
  if (sectorChosenByUser || nextKind === '') return { ...values, kind: nextKind };
  return { ...values, kind: nextKind, sector: DEFAULT_SECTOR_BY_KIND[nextKind] };
}

/**
 * The weight as typed: '' is "no weight"; thousands separators are allowed ("1,250"); anything
 * else that is not a plain decimal number is NaN, which weightProblem rejects.
 */
export function parseWeight(raw: string): number | null {
  const text = raw.trim().replace(/,/g, '');
  if (text === '') return null;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

/** The same checks the API makes, so most mistakes are caught before anything is sent. In page order. */
export function partnerFormProblems(values: PartnerFormValues): FieldError[] {
  const problems: FieldError[] = [];
  const nameProblem = organisationNameProblem(values.name);
  if (nameProblem) problems.push({ field: 'name', message: nameProblem });
  if (values.odsCode.trim() !== '') {
    const odsProblem = odsCodeProblem(values.odsCode);
    if (odsProblem) problems.push({ field: 'odsCode', message: odsProblem });
  }
  if (values.kind === '') problems.push({ field: 'kind', message: 'Select the kind of organisation' });
  if (values.sector === '') problems.push({ field: 'sector', message: "Select the organisation's sector" });
  const weight = parseWeight(values.weight);
  if (weight !== null) {
    const problem = weightProblem(weight);
    if (problem) problems.push({ field: 'weight', message: problem });
  }
  const externalId = externalIdProblem(values.externalId);
  if (externalId) problems.push({ field: 'externalId', message: externalId });
  return problems;
}

/** The mutation input for values that passed partnerFormProblems. */
export function organisationInputFrom(values: PartnerFormValues): OrganisationInput {
  if (values.kind === '' || values.sector === '') {
    throw new Error('organisationInputFrom needs a kind and a sector; check partnerFormProblems first');
  }
  const odsCode = normaliseCode(values.odsCode);
  return {
    name: values.name.trim(),
    odsCode: odsCode === '' ? null : odsCode,
    kind: values.kind,
    sector: values.sector,
    placeIds: [...values.placeIds],
    weight: parseWeight(values.weight),
    externalId: optionalText(values.externalId),
  };
}
