import { isOneOf } from './is-one-of';
import type { Sector } from './sectors';

export const ORGANISATION_KINDS = [
  'ICB',
  'ACUTE_TRUST',
  'COMMUNITY_TRUST',
  'MENTAL_HEALTH_TRUST',
  'AMBULANCE_TRUST',
  'PRIMARY_CARE_NETWORK',
  'GP_FEDERATION',
  'LOCAL_AUTHORITY',
  'VCSE',
  'HOSPICE',
  'SOCIAL_CARE_PROVIDER',
  'HEALTHWATCH',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  ICB: 'Integrated care board',
  ACUTE_TRUST: 'Acute trust',
  COMMUNITY_TRUST: 'Community trust',
  MENTAL_HEALTH_TRUST: 'Mental health trust',
  AMBULANCE_TRUST: 'Ambulance trust',
  PRIMARY_CARE_NETWORK: 'Primary care network',
  GP_FEDERATION: 'GP federation',
  LOCAL_AUTHORITY: 'Local authority',
  VCSE: 'VCSE organisation',
  HOSPICE: 'Hospice',
  SOCIAL_CARE_PROVIDER: 'Social care provider',
  HEALTHWATCH: 'Healthwatch',
  OTHER: 'Other',
};

/**
 * The sector a new partner of each kind starts in; an administrator may override it.
 * Hospices and Healthwatch are charities or community interest companies, hence VCSE;
 * most social care is bought from private providers, hence independent.
 */
export const DEFAULT_SECTOR_BY_KIND: Record<OrganisationKind, Sector> = {
  ICB: 'NHS',
  ACUTE_TRUST: 'NHS',
  COMMUNITY_TRUST: 'NHS',
  MENTAL_HEALTH_TRUST: 'NHS',
  AMBULANCE_TRUST: 'NHS',
  PRIMARY_CARE_NETWORK: 'NHS',
  GP_FEDERATION: 'NHS',
  LOCAL_AUTHORITY: 'LOCAL_GOVERNMENT',
  VCSE: 'VCSE',
  HOSPICE: 'VCSE',
  SOCIAL_CARE_PROVIDER: 'INDEPENDENT',
  HEALTHWATCH: 'VCSE',
  OTHER: 'INDEPENDENT',
};

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return isOneOf(ORGANISATION_KINDS, value);
}
