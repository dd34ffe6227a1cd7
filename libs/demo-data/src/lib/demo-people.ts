import type { Faker } from '@faker-js/faker';
import type { OrganisationKind, RoleGroup } from '@stewardship/domain';
import type { DemoOrganisation, DemoPerson } from './demo-system';
import { slugify } from './slug';
import { UniqueNames } from './unique-names';

export interface PeopleProfile {
  /** How many people a partner has, drawn evenly between min and max. */
  perPartner: { min: number; max: number };
  /** The ICB, trusts and councils always have this many: larger bodies send more people to more forums. */
  perMajorBody: number;
}

const MAJOR_BODY_KINDS: readonly OrganisationKind[] = [
  'ICB',
  'ACUTE_TRUST',
  'COMMUNITY_TRUST',
  'MENTAL_HEALTH_TRUST',
  'AMBULANCE_TRUST',
  'LOCAL_AUTHORITY',
];

type WeightedRoleGroups = ReadonlyArray<{ value: RoleGroup; weight: number }>;

const TRUST_ROLE_GROUPS: WeightedRoleGroups = [
  { value: 'EXECUTIVE', weight: 3 },
  { value: 'CLINICAL', weight: 4 },
  { value: 'OPERATIONAL', weight: 3 },
];

/** The role groups people in each kind of partner fall into, weighted by how common each is. */
const ROLE_GROUPS_BY_KIND: Record<OrganisationKind, WeightedRoleGroups> = {
  ICB: [
    { value: 'EXECUTIVE', weight: 4 },
    { value: 'CLINICAL', weight: 2 },
    { value: 'OPERATIONAL', weight: 3 },
  ],
  ACUTE_TRUST: TRUST_ROLE_GROUPS,
  COMMUNITY_TRUST: TRUST_ROLE_GROUPS,
  MENTAL_HEALTH_TRUST: TRUST_ROLE_GROUPS,
  AMBULANCE_TRUST: TRUST_ROLE_GROUPS,
  PRIMARY_CARE_NETWORK: [
    { value: 'CLINICAL', weight: 5 },
    { value: 'OPERATIONAL', weight: 3 },
    { value: 'EXECUTIVE', weight: 1 },
  ],
  GP_FEDERATION: TRUST_ROLE_GROUPS,
  LOCAL_AUTHORITY: [
    { value: 'EXECUTIVE', weight: 1 },
    { value: 'OPERATIONAL', weight: 1 },
  ],
  VCSE: [
    { value: 'VCSE', weight: 9 },
    { value: 'OTHER', weight: 1 },
  ],
  HOSPICE: [
    { value: 'VCSE', weight: 3 },
    { value: 'CLINICAL', weight: 2 },
  ],
  HEALTHWATCH: [{ value: 'VCSE', weight: 1 }],
  SOCIAL_CARE_PROVIDER: [
    { value: 'OPERATIONAL', weight: 3 },
    { value: 'EXECUTIVE', weight: 2 },
    { value: 'CLINICAL', weight: 1 },
  ],
  OTHER: [
    { value: 'OTHER', weight: 4 },
    { value: 'OPERATIONAL', weight: 2 },
    { value: 'EXECUTIVE', weight: 1 },
    { value: 'CLINICAL', weight: 1 },
  ],
};

/** A DNS label holds at most 63 characters. */
const MAX_DOMAIN_LABEL_LENGTH = 63;

/** `ashby-carers-centre` -> `ashby-carers-centre.example`; over-long keys lose whole words from the end. */
export function organisationEmailDomain(organisationKey: string): string {
  let label = organisationKey;
  while (label.length > MAX_DOMAIN_LABEL_LENGTH) {
    const lastHyphen = label.lastIndexOf('-');
    label = lastHyphen > 0 ? label.slice(0, lastHyphen) : label.slice(0, MAX_DOMAIN_LABEL_LENGTH);
  }
  return `${label}.example`;
}

/**
 * At least one named contact for every partner, so that every partner can be invited to a survey.
 * Names are unique across the system (and differ from `reservedNames`, the demo accounts), so
 * `firstname.lastname@<organisation>.example` addresses and name-slug keys are unique too.
 */
export function demoPeople(
  faker: Faker,
  organisations: readonly DemoOrganisation[],
  profile: PeopleProfile,
  reservedNames: readonly string[] = [],
): DemoPerson[] {
  const names = new UniqueNames();
  for (const name of reservedNames) {
    names.claim(name);
  }
  return organisations.flatMap((organisation) => {
    const count = MAJOR_BODY_KINDS.includes(organisation.kind) ? profile.perMajorBody : faker.number.int(profile.perPartner);
    return Array.from({ length: count }, () => {
      let drawn = { firstName: '', lastName: '' };
      const { name, key } = names.claimFirstFree(() => {
        drawn = { firstName: faker.person.firstName(), lastName: faker.person.lastName() };
        return `${drawn.firstName} ${drawn.lastName}`;
      });
      return {
        key,
        name,
        email: `${slugify(drawn.firstName)}.${slugify(drawn.lastName)}@${organisationEmailDomain(organisation.key)}`,
        organisationKey: organisation.key,
        roleGroup: faker.helpers.weightedArrayElement(ROLE_GROUPS_BY_KIND[organisation.kind]),
      };
    });
  });
}
