import {
  externalIdProblem,
  normaliseCode,
  odsCodeProblem,
  organisationNameProblem,
  weightProblem,
} from '@stewardship/domain';
import { FieldErrors } from '../common/errors';
import { isUuid } from '../common/ids';
import type { OrganisationInput } from './dto/organisation.input';

export interface NormalisedOrganisationInput {
  name: string;
  odsCode: string | null;
  kind: OrganisationInput['kind'];
  sector: OrganisationInput['sector'];
  placeIds: string[];
  weight: number | null;
  externalId: string | null;
}

/**
 * Tidies an organisation as typed (trimmed name, upper-case ODS code, no duplicate places) and records every problem
 * that needs no database to find. Uniqueness and unknown places are checked by the service.
 */
export function normaliseOrganisationInput(input: OrganisationInput, errors: FieldErrors): NormalisedOrganisationInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  errors.add('name', organisationNameProblem(name));
  const odsCode = input.odsCode?.trim() ? normaliseCode(input.odsCode) : null;
  if (odsCode !== null) errors.add('odsCode', odsCodeProblem(odsCode));
  const weight = input.weight ?? null;
  if (weight !== null) errors.add('weight', weightProblem(weight));
  const placeIds = [...new Set(input.placeIds)];
  if (placeIds.some((id) => !isUuid(id))) errors.add('placeIds', 'One of the places chosen is not a place in this system');
  const externalId = input.externalId?.trim() || null;
  if (externalId) errors.add('externalId', externalIdProblem(externalId));
  return { name, odsCode, kind: input.kind, sector: input.sector, placeIds, weight, externalId };
}
