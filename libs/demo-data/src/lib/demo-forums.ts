import type { Faker } from '@faker-js/faker';
import type { ForumKind, OrganisationKind } from '@stewardship/domain';
import type { DemoOrganisation, DemoPlace } from './demo-system';
import { COUNTY_COUNCIL_NAME, SYSTEM_STEM } from './names';
import type { PlannedForum, PlannedMember } from './seat-history';
import { slugify } from './slug';

/** VCSE groups a forum would most likely invite, by the work it does. */
const VCSE_FOR = {
  systemVoice: /Community Foundation|Rural Community Council/,
  placeVoice: /Voluntary Action|Citizens Advice|Age UK|Carers/,
  mentalHealth: /Mind in|Recovery|Samaritans/,
  children: /Young|Parent Carer|Youth|Baby Bank/,
  ageing: /Age UK|Dementia|Carers|Befriending|Memory|Good Neighbours/,
} as const;

type Role = Omit<PlannedMember, 'organisationKey'>;
const CHAIR: Role = { voting: true, chair: true, fixed: true };
/** A member the forum cannot meet without: a statutory partner, or the one the chair passes to. */
const STATUTORY: Role = { voting: true, chair: false, fixed: true };
const VOTING: Role = { voting: true, chair: false, fixed: false };
const NON_VOTING: Role = { voting: false, chair: false, fixed: false };

/**
 * Plans Northshire's forums and who sits on them when they first meet: the ICB board, the
 * integrated care partnership, a board for each place, two provider collaboratives and four
 * programme boards. The ICB sits on every forum and the largest acute trust on all but one,
 * while VCSE groups, Healthwatch and care providers get few seats, mostly without a vote: the
 * imbalance the power-sharing figures are meant to find.
 */
export function planForums(
  faker: Faker,
  places: readonly DemoPlace[],
  organisations: readonly DemoOrganisation[],
): PlannedForum[] {
  const partners = new Partners(faker, places, organisations);
  const { icb, largestAcute, county } = partners;
  // The ICB and the largest acute trust never leave a forum nor join one late.
  const anchorKeys = new Set([icb.key, largestAcute.key]);
  const ageingWellPlace = faker.helpers.arrayElement(places);
  const forums: ForumPlan[] = [];
  const forum = (name: string, kind: ForumKind, place: DemoPlace | null = null) => {
    const plan = new ForumPlan({ key: slugify(name), name, kind, placeKey: place?.key ?? null }, anchorKeys);
    forums.push(plan);
    return plan;
  };

  forum(`${SYSTEM_STEM} ICB Board`, 'ICB_BOARD')
    .add(icb, CHAIR)
    // The statutory partner members: trusts, primary care and local authorities.
    .add([largestAcute, county, partners.pick(partners.ofKind('GP_FEDERATION'), 1)], STATUTORY)
    .add([...partners.ofKind('MENTAL_HEALTH_TRUST'), partners.pick(partners.ofKind('COMMUNITY_TRUST'), 1)], VOTING)
    .add(partners.pick(partners.ofKind('HEALTHWATCH'), 1), NON_VOTING)
    .add(partners.pickPreferring(partners.systemWideVcse(), VCSE_FOR.systemVoice, 1), NON_VOTING);

  forum(`${SYSTEM_STEM} Integrated Care Partnership`, 'ICP')
    .add(county, CHAIR)
    // An ICP is a joint committee of the ICB and the upper-tier councils.
    .add([icb, ...places.map((place) => partners.councilOf(place))], STATUTORY)
    .add(partners.ofKinds('ACUTE_TRUST', 'MENTAL_HEALTH_TRUST', 'COMMUNITY_TRUST'), VOTING)
    .add(partners.ofKind('AMBULANCE_TRUST'), NON_VOTING)
    .add(partners.pickPreferring(partners.systemWideVcse(), VCSE_FOR.systemVoice, 1), VOTING)
    .add(partners.pick(partners.systemWideVcse(), 1), NON_VOTING)
    .add(partners.pick(partners.ofKind('HEALTHWATCH'), 2), NON_VOTING)
    .add(partners.pick(partners.ofKind('HOSPICE'), 1), NON_VOTING)
    .add(partners.pick(partners.ofKind('SOCIAL_CARE_PROVIDER'), 1), NON_VOTING)
    .add(partners.pick(partners.systemWideOthers(), 1), NON_VOTING);

  for (const place of places) {
    const council = partners.councilOf(place);
    const [chair, nextChair] = faker.helpers.shuffle([icb, council]);
    forum(`${place.name} Place Board`, 'PLACE_BOARD', place)
      .add(chair, CHAIR)
      .passChairTo(nextChair)
      .add([county, largestAcute, ...partners.acuteTrustsHostedBy(place)], VOTING)
      .add([...partners.servingPlace(place, 'COMMUNITY_TRUST'), ...partners.ofKind('MENTAL_HEALTH_TRUST')], VOTING)
      .add([...partners.basedIn(place, 'GP_FEDERATION'), partners.pick(partners.basedIn(place, 'PRIMARY_CARE_NETWORK'), 2)], VOTING)
      .add(partners.basedIn(place, 'HEALTHWATCH'), NON_VOTING)
      .add(partners.pickPreferring(partners.basedIn(place, 'VCSE'), VCSE_FOR.placeVoice, faker.number.int({ min: 1, max: 2 })), NON_VOTING)
      .add(partners.pickSometimes(partners.basedIn(place, 'SOCIAL_CARE_PROVIDER')), NON_VOTING);
  }

  forum(`${SYSTEM_STEM} Acute Provider Collaborative`, 'PROVIDER_COLLABORATIVE')
    .add(largestAcute, CHAIR)
    .add([...partners.ofKind('ACUTE_TRUST'), ...partners.ofKind('AMBULANCE_TRUST')], VOTING)
    .add(icb, NON_VOTING);

  const [mentalHealthLead, ...otherMentalHealthTrusts] = partners.ofKind('MENTAL_HEALTH_TRUST');
  forum(`${SYSTEM_STEM} Mental Health Provider Collaborative`, 'PROVIDER_COLLABORATIVE')
    .add(mentalHealthLead, CHAIR)
    .add([...otherMentalHealthTrusts, ...partners.ofKind('COMMUNITY_TRUST'), icb], VOTING)
    .add(partners.pickPreferring(partners.ofKind('VCSE'), VCSE_FOR.mentalHealth, 2), NON_VOTING);

  forum('Urgent and Emergency Care Programme Board', 'PROGRAMME_BOARD')
    .add(icb, CHAIR)
    .add([largestAcute, ...partners.ofKinds('ACUTE_TRUST', 'AMBULANCE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST')], VOTING)
    .add([county, partners.pick(partners.ofKind('GP_FEDERATION'), 1)], VOTING)
    .add(partners.pick(partners.ofKinds('SOCIAL_CARE_PROVIDER', 'HEALTHWATCH'), 2), NON_VOTING);

  forum('Children and Young People Programme Board', 'PROGRAMME_BOARD')
    .add(icb, CHAIR)
    .add([largestAcute, ...partners.ofKinds('MENTAL_HEALTH_TRUST', 'COMMUNITY_TRUST'), county], VOTING)
    .add(partners.pick(places.map((place) => partners.councilOf(place)), 2), VOTING)
    .add(partners.pickPreferring(partners.ofKind('VCSE'), VCSE_FOR.children, 1), NON_VOTING)
    .add(partners.pick(partners.ofKind('HEALTHWATCH'), 1), NON_VOTING);

  forum('Ageing Well Programme Board', 'PROGRAMME_BOARD', ageingWellPlace)
    .add(icb, CHAIR)
    .add([largestAcute, partners.councilOf(ageingWellPlace), ...partners.servingPlace(ageingWellPlace, 'COMMUNITY_TRUST')], VOTING)
    .add([...partners.basedIn(ageingWellPlace, 'GP_FEDERATION'), partners.pick(partners.basedIn(ageingWellPlace, 'PRIMARY_CARE_NETWORK'), 1)], VOTING)
    .add(partners.pick(partners.servingPlace(ageingWellPlace, 'HOSPICE'), 1), NON_VOTING)
    .add(partners.pickPreferring(partners.basedIn(ageingWellPlace, 'VCSE'), VCSE_FOR.ageing, 1), NON_VOTING)
    .add(partners.pick(partners.basedIn(ageingWellPlace, 'SOCIAL_CARE_PROVIDER'), 2), NON_VOTING);

  forum('Population Health Programme Board', 'PROGRAMME_BOARD')
    .add(icb, CHAIR)
    .add([county, largestAcute, ...partners.ofKind('MENTAL_HEALTH_TRUST')], VOTING)
    .add(partners.pick(places.map((place) => partners.councilOf(place)), 2), VOTING)
    .add(partners.pick(partners.ofKind('PRIMARY_CARE_NETWORK'), 2), VOTING)
    .add([partners.pick(partners.systemWideOthers(), 1), partners.pick(partners.systemWideVcse(), 1)], NON_VOTING);

  return forums.map((plan) => plan.toPlannedForum());
}

type Members = DemoOrganisation | undefined | ReadonlyArray<DemoOrganisation | undefined | readonly DemoOrganisation[]>;

/** One forum's membership as it is built up; an organisation already seated keeps its first seat. */
class ForumPlan {
  private readonly members: PlannedMember[] = [];
  private nextChairKey: string | null = null;

  constructor(
    private readonly forum: PlannedForum['forum'],
    private readonly anchorKeys: ReadonlySet<string>,
  ) {}

  add(organisations: Members, role: Role): this {
    const flat = [organisations].flat(2).filter((organisation) => organisation !== undefined);
    for (const { key } of flat) {
      if (!this.members.some((member) => member.organisationKey === key)) {
        this.members.push({ organisationKey: key, ...role, fixed: role.fixed || this.anchorKeys.has(key) });
      }
    }
    return this;
  }

  /** Seats the organisation the chair may pass to, as a member the forum cannot lose. */
  passChairTo(organisation: DemoOrganisation): this {
    this.nextChairKey = organisation.key;
    return this.add(organisation, STATUTORY);
  }

  toPlannedForum(): PlannedForum {
    return { forum: this.forum, members: this.members, nextChairKey: this.nextChairKey };
  }
}

/** Finds the partners a forum invites; every pick draws from the seeded faker. */
class Partners {
  readonly icb: DemoOrganisation;
  readonly largestAcute: DemoOrganisation;
  readonly county: DemoOrganisation;

  constructor(
    private readonly faker: Faker,
    private readonly places: readonly DemoPlace[],
    private readonly organisations: readonly DemoOrganisation[],
  ) {
    this.icb = this.only(this.ofKind('ICB'), 'ICB');
    this.largestAcute = this.only(
      [...this.ofKind('ACUTE_TRUST')].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0)).slice(0, 1),
      'acute trust',
    );
    this.county = this.only(
      this.organisations.filter((organisation) => organisation.name === COUNTY_COUNCIL_NAME),
      COUNTY_COUNCIL_NAME,
    );
  }

  ofKind(kind: OrganisationKind): DemoOrganisation[] {
    return this.organisations.filter((organisation) => organisation.kind === kind);
  }

  ofKinds(...kinds: OrganisationKind[]): DemoOrganisation[] {
    return this.organisations.filter((organisation) => kinds.includes(organisation.kind));
  }

  /** Local organisations whose home (first) place is this one; system-wide bodies list every place and belong to none. */
  basedIn(place: DemoPlace, kind: OrganisationKind): DemoOrganisation[] {
    return this.ofKind(kind).filter(
      (organisation) => organisation.placeKeys[0] === place.key && organisation.placeKeys.length < this.places.length,
    );
  }

  servingPlace(place: DemoPlace, kind: OrganisationKind): DemoOrganisation[] {
    return this.ofKind(kind).filter((organisation) => organisation.placeKeys.includes(place.key));
  }

  councilOf(place: DemoPlace): DemoOrganisation {
    return this.only(
      this.organisations.filter((organisation) => organisation.name === place.localAuthority),
      place.localAuthority,
    );
  }

  /** Acute trusts other than the first carry the name of the place their hospital is in. */
  acuteTrustsHostedBy(place: DemoPlace): DemoOrganisation[] {
    return this.ofKind('ACUTE_TRUST').filter((trust) => trust.name.startsWith(`${place.name} `));
  }

  systemWideVcse(): DemoOrganisation[] {
    return this.ofKind('VCSE').filter((organisation) => organisation.placeKeys.length === this.places.length);
  }

  systemWideOthers(): DemoOrganisation[] {
    return this.ofKind('OTHER').filter((organisation) => organisation.placeKeys.length === this.places.length);
  }

  pick(candidates: readonly DemoOrganisation[], count: number): DemoOrganisation[] {
    return this.faker.helpers.arrayElements(candidates, count);
  }

  /** Candidates whose names match come first, in random order; the rest fill any places left. */
  pickPreferring(candidates: readonly DemoOrganisation[], preferred: RegExp, count: number): DemoOrganisation[] {
    const [matching, others] = [true, false].map((wanted) =>
      this.faker.helpers.shuffle(candidates.filter((organisation) => preferred.test(organisation.name) === wanted)),
    );
    return [...matching, ...others].slice(0, count);
  }

  /** One candidate half the time, none otherwise. */
  pickSometimes(candidates: readonly DemoOrganisation[]): DemoOrganisation[] {
    return this.faker.datatype.boolean() ? this.pick(candidates, 1) : [];
  }

  private only(found: readonly DemoOrganisation[], what: string): DemoOrganisation {
    if (found.length === 0) {
      throw new Error(`The demo system has no ${what}`);
    }
    return found[0];
  }
}
