import type { Faker } from '@faker-js/faker';
import { DEFAULT_SECTOR_BY_KIND, type OrganisationKind } from '@stewardship/domain';
import { planForums } from './demo-forums';
import { demoPeople, type PeopleProfile } from './demo-people';
import type { DemoForum, DemoOrganisation, DemoPlace, DemoScale, DemoSeat, DemoSystem } from './demo-system';
import { demoUsers } from './demo-users';
import {
  ACUTE_TRUST_TEMPLATES,
  AMBULANCE_TRUST_NAME,
  CARE_HOME_BUILDINGS,
  CARE_HOME_WORDS,
  COMMUNITY_TRUST_TEMPLATES,
  COUNTY_COUNCIL_NAME,
  FIRST_ACUTE_TRUST_TEMPLATE,
  fillTemplate,
  GP_FEDERATION_TEMPLATES,
  GP_PRACTICE_TEMPLATES,
  HEALTHWATCH_TEMPLATE,
  HOSPICE_TEMPLATE,
  joinNames,
  MENTAL_HEALTH_TRUST_TEMPLATES,
  NEIGHBOURHOOD_PREFIXES,
  NEIGHBOURHOOD_SUFFIXES,
  neighbourhoodName,
  OTHER_LOCAL_TEMPLATES,
  OTHER_SYSTEM_TEMPLATES,
  PCN_AREA_WORDS,
  PCN_TEMPLATE,
  PLACE_DEFINITIONS,
  type Placeholder,
  SAINTS,
  SOCIAL_CARE_TEMPLATES,
  SURNAMES,
  SYSTEM_NAME,
  SYSTEM_ODS_CODE,
  SYSTEM_REGION,
  SYSTEM_STEM,
  VCSE_NEIGHBOURHOOD_TEMPLATES,
  VCSE_PLACE_TEMPLATES,
  VCSE_SYSTEM_TEMPLATES,
} from './names';
import { OdsCodeAllocator } from './ods-code-allocator';
import { type PlannedForum, type PlannedMember, seatsWithHistory } from './seat-history';
import { DEMO_STREAMS, seededFaker } from './seeded-faker';
import { slugify } from './slug';
import { type ClaimedName, UniqueNames } from './unique-names';

export const DEFAULT_DEMO_SEED = 20260101;

interface ScaleProfile {
  placeCount: number;
  neighbourhoodsPerPlace: number;
  acuteTrusts: number;
  communityTrusts: number;
  pcnsPerPlace: number;
  gpPracticesPerPcn: number;
  vcseSystemWide: number;
  vcsePlaceLevelPerPlace: number;
  vcseNeighbourhoodPerPlace: number;
  hospices: number;
  socialCareProviders: number;
  otherSystemWide: number;
  otherLocalPerPlace: number;
  people: PeopleProfile;
  /** Whether each primary care network has a neighbourhood board of its practices and local partners. */
  neighbourhoodBoards: boolean;
}

/*
 * standard: 1 ICB, 3 acute, 2 community, 1 mental health, 1 ambulance, 24 PCNs, 4 GP federations,
 * 5 councils, 4 Healthwatch, 48 VCSE, 3 hospices, 16 social care, 8 other = 120.
 * large adds GP practices (5 per PCN) and many more local groups: 997 in all; and a neighbourhood board for each
 * of its 64 PCNs (80 forums in all).
 */
const SCALE_PROFILES: Record<DemoScale, ScaleProfile> = {
  standard: {
    placeCount: 4,
    neighbourhoodsPerPlace: 8,
    acuteTrusts: 3,
    communityTrusts: 2,
    pcnsPerPlace: 6,
    gpPracticesPerPcn: 0,
    vcseSystemWide: 4,
    vcsePlaceLevelPerPlace: 7,
    vcseNeighbourhoodPerPlace: 4,
    hospices: 3,
    socialCareProviders: 16,
    otherSystemWide: 4,
    otherLocalPerPlace: 1,
    people: { perPartner: { min: 1, max: 3 }, perMajorBody: 3 },
    neighbourhoodBoards: false,
  },
  large: {
    placeCount: 8,
    neighbourhoodsPerPlace: 24,
    acuteTrusts: 4,
    communityTrusts: 3,
    pcnsPerPlace: 8,
    gpPracticesPerPcn: 5,
    vcseSystemWide: 8,
    vcsePlaceLevelPerPlace: 12,
    vcseNeighbourhoodPerPlace: 36,
    hospices: 6,
    socialCareProviders: 150,
    otherSystemWide: 6,
    otherLocalPerPlace: 3,
    // About five people a partner, so that a month's survey can hear from about 4,000 of them.
    people: { perPartner: { min: 4, max: 6 }, perMajorBody: 12 },
    neighbourhoodBoards: true,
  },
};

interface PartnerSort {
  kind: OrganisationKind;
  /** Annual budget in £ million, drawn between min and max. */
  budget: { min: number; max: number };
  /** Share of partners of this sort whose budget the register does not hold. */
  unknownBudgetShare: number;
  /** ODS code shape in faker's symbols (`#` digit, `*` letter or digit); a shape without symbols is a fixed code. */
  odsPattern: string | null;
}

/** Budgets are rough orders of magnitude for a system of about a million people. */
const PARTNER_SORTS = {
  icb: { kind: 'ICB', budget: { min: 2400, max: 3600 }, unknownBudgetShare: 0, odsPattern: SYSTEM_ODS_CODE },
  acuteTrust: { kind: 'ACUTE_TRUST', budget: { min: 450, max: 950 }, unknownBudgetShare: 0, odsPattern: 'R**' },
  communityTrust: { kind: 'COMMUNITY_TRUST', budget: { min: 120, max: 260 }, unknownBudgetShare: 0, odsPattern: 'R**' },
  mentalHealthTrust: { kind: 'MENTAL_HEALTH_TRUST', budget: { min: 250, max: 420 }, unknownBudgetShare: 0, odsPattern: 'R**' },
  ambulanceTrust: { kind: 'AMBULANCE_TRUST', budget: { min: 300, max: 460 }, unknownBudgetShare: 0, odsPattern: 'R**' },
  countyCouncil: { kind: 'LOCAL_AUTHORITY', budget: { min: 900, max: 1400 }, unknownBudgetShare: 0, odsPattern: null },
  placeCouncil: { kind: 'LOCAL_AUTHORITY', budget: { min: 180, max: 650 }, unknownBudgetShare: 0, odsPattern: null },
  pcn: { kind: 'PRIMARY_CARE_NETWORK', budget: { min: 1.5, max: 4.5 }, unknownBudgetShare: 0, odsPattern: 'U#####' },
  // There is no GP practice kind; practices are independent contractors, so they are OTHER.
  // A8xxxx is the North East's block of practice codes.
  gpPractice: { kind: 'OTHER', budget: { min: 1, max: 4.5 }, unknownBudgetShare: 0, odsPattern: 'A8####' },
  // N-codes belong to independent providers of NHS services: federations, hospices, some charities.
  gpFederation: { kind: 'GP_FEDERATION', budget: { min: 2, max: 12 }, unknownBudgetShare: 0, odsPattern: 'N**' },
  hospice: { kind: 'HOSPICE', budget: { min: 6, max: 16 }, unknownBudgetShare: 0, odsPattern: 'N**' },
  nhsFundedVcse: { kind: 'VCSE', budget: { min: 0.02, max: 2.5 }, unknownBudgetShare: 0.25, odsPattern: 'N**' },
  vcse: { kind: 'VCSE', budget: { min: 0.02, max: 2.5 }, unknownBudgetShare: 0.25, odsPattern: null },
  healthwatch: { kind: 'HEALTHWATCH', budget: { min: 0.12, max: 0.3 }, unknownBudgetShare: 0, odsPattern: null },
  socialCare: { kind: 'SOCIAL_CARE_PROVIDER', budget: { min: 0.4, max: 12 }, unknownBudgetShare: 0.2, odsPattern: null },
  otherSystemWide: { kind: 'OTHER', budget: { min: 10, max: 250 }, unknownBudgetShare: 0.5, odsPattern: null },
  otherLocal: { kind: 'OTHER', budget: { min: 0.2, max: 3 }, unknownBudgetShare: 0.4, odsPattern: null },
} satisfies Record<string, PartnerSort>;
type PartnerSortName = keyof typeof PARTNER_SORTS;

/** Chance that a local organisation also serves the neighbouring place. */
const SECOND_PLACE_CHANCE = 0.15;
/** Chance that a place-level charity holds an ODS code because it delivers NHS-funded services. */
const NHS_FUNDED_VCSE_CHANCE = 0.1;

/**
 * Builds a fictional but realistic ICS. The same seed and scale always give the same system
 * (for a given version of @faker-js/faker, whose random sequence the output depends on).
 */
export function generateDemoSystem(options: { seed?: number; scale?: DemoScale } = {}): DemoSystem {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const profile = SCALE_PROFILES[options.scale ?? 'standard'];
  const builder = new DemoSystemBuilder(seededFaker(seed), profile);
  const places = builder.places;
  const organisations = builder.buildOrganisations();
  const users = demoUsers(places[0].key);

  const forumFaker = seededFaker([seed, DEMO_STREAMS.forums]);
  const forums = planForums(forumFaker, places, organisations);
  const seats = seatsWithHistory(forumFaker, forums);
  const neighbourhood = profile.neighbourhoodBoards ? neighbourhoodBoards(seededFaker([seed, DEMO_STREAMS.neighbourhoods]), organisations) : { forums: [], seats: [] };
  return {
    scale: options.scale ?? 'standard',
    system: { name: SYSTEM_NAME, odsCode: SYSTEM_ODS_CODE, region: SYSTEM_REGION },
    places,
    organisations,
    forums: [...forums.map(({ forum }) => forum), ...neighbourhood.forums],
    seats: [...seats, ...neighbourhood.seats],
    people: demoPeople(seededFaker([seed, DEMO_STREAMS.people]), organisations, profile.people, users.map((user) => user.displayName)),
    users,
  };
}

/**
 * A board for each primary care network (drawn from its own stream, so the rest of the system is as it was): the PCN
 * chairs it, its GP practices (added straight after it) and its place's council vote, the ICB sits without a vote,
 * as do two local charities and a care provider; their seats get a history as the other forums' do.
 */
function neighbourhoodBoards(faker: Faker, organisations: readonly DemoOrganisation[]): { forums: DemoForum[]; seats: DemoSeat[] } {
  const planned: PlannedForum[] = [];
  const icb = organisations.find((o) => o.kind === 'ICB');
  organisations.forEach((pcn, index) => {
    if (pcn.kind !== 'PRIMARY_CARE_NETWORK') return;
    const placeKey = pcn.placeKeys[0];
    const practices: DemoOrganisation[] = [];
    for (let next = index + 1; organisations[next]?.odsCode?.startsWith('A8'); next++) practices.push(organisations[next]);
    const local = (kind: OrganisationKind) => organisations.filter((o) => o.kind === kind && o.placeKeys[0] === placeKey);
    const council = local('LOCAL_AUTHORITY').find((o) => o.placeKeys.length === 1);
    const name = `${pcn.name.replace(/ Primary Care Network$/, '')} Neighbourhood Board`;
    const member = (organisation: DemoOrganisation, voting: boolean, fixed = false, chair = false): PlannedMember => ({ organisationKey: organisation.key, voting, chair, fixed });
    planned.push({
      forum: { key: slugify(name), name, kind: 'PROGRAMME_BOARD', placeKey },
      members: [
        member(pcn, true, true, true),
        ...practices.map((practice) => member(practice, true)),
        ...(council ? [member(council, true, true)] : []),
        ...(icb ? [member(icb, false, true)] : []),
        ...[...faker.helpers.arrayElements(local('VCSE'), 2), ...faker.helpers.arrayElements(local('SOCIAL_CARE_PROVIDER'), 1)].map((o) => member(o, false)),
      ],
      nextChairKey: practices[0]?.key ?? null,
    });
  });
  return { forums: planned.map(({ forum }) => forum), seats: seatsWithHistory(faker, planned) };
}

class DemoSystemBuilder {
  readonly places: DemoPlace[];
  private readonly organisations: DemoOrganisation[] = [];
  private readonly names = new UniqueNames();
  private readonly odsCodes: OdsCodeAllocator;
  private readonly neighbourhoodsByPlaceKey = new Map<string, string[]>();

  constructor(
    private readonly faker: Faker,
    private readonly profile: ScaleProfile,
  ) {
    this.odsCodes = new OdsCodeAllocator(faker);
    this.places = PLACE_DEFINITIONS.slice(0, profile.placeCount).map((definition) => ({
      key: slugify(definition.name),
      ...definition,
    }));
    this.drawNeighbourhoods();
  }

  buildOrganisations(): DemoOrganisation[] {
    this.addSystemWideNhsBodies();
    this.addCommunityTrusts();
    this.add('countyCouncil', this.names.claim(COUNTY_COUNCIL_NAME), this.allPlaceKeys());
    for (const place of this.places) {
      this.addPlaceBodies(place);
      this.addPrimaryCare(place);
      this.addLocalVcse(place);
      this.addLocalOthers(place);
    }
    for (const template of this.pickTemplates(VCSE_SYSTEM_TEMPLATES, this.profile.vcseSystemWide)) {
      this.add('vcse', this.claimFilled(template, {}), this.allPlaceKeys());
    }
    this.addHospices();
    this.addSocialCareProviders();
    for (const template of this.pickTemplates(OTHER_SYSTEM_TEMPLATES, this.profile.otherSystemWide)) {
      this.add('otherSystemWide', this.claimFilled(template, {}), this.allPlaceKeys());
    }
    return this.organisations;
  }

  /** Each place gets its own neighbourhoods, so a surgery or lunch club is named after somewhere in its place. */
  private drawNeighbourhoods(): void {
    const used = new UniqueNames();
    for (const place of this.places) {
      used.claim(place.name);
    }
    const drawName = () =>
      neighbourhoodName(
        this.faker.helpers.arrayElement(NEIGHBOURHOOD_PREFIXES),
        this.faker.helpers.arrayElement(NEIGHBOURHOOD_SUFFIXES),
      );
    for (const place of this.places) {
      const neighbourhoods = Array.from(
        { length: this.profile.neighbourhoodsPerPlace },
        () => used.claimFirstFree(drawName).name,
      );
      this.neighbourhoodsByPlaceKey.set(place.key, neighbourhoods);
    }
  }

  private addSystemWideNhsBodies(): void {
    const everywhere = this.allPlaceKeys();
    this.add('icb', this.names.claim(`${SYSTEM_STEM} Integrated Care Board`), everywhere);
    // Patients use any hospital in the system, so every acute trust serves every place.
    this.add('acuteTrust', this.claimFilled(FIRST_ACUTE_TRUST_TEMPLATE, {}), everywhere);
    for (const hostPlace of this.faker.helpers.arrayElements(this.places, this.profile.acuteTrusts - 1)) {
      const template = this.faker.helpers.arrayElement(ACUTE_TRUST_TEMPLATES);
      this.add('acuteTrust', this.claimFilled(template, { place: hostPlace.name }), everywhere);
    }
    const mentalHealthTemplate = this.faker.helpers.arrayElement(MENTAL_HEALTH_TRUST_TEMPLATES);
    this.add('mentalHealthTrust', this.claimFilled(mentalHealthTemplate, {}), everywhere);
    this.add('ambulanceTrust', this.names.claim(AMBULANCE_TRUST_NAME), everywhere);
  }

  /** Community trusts divide the places between them, each serving a run of neighbouring places. */
  private addCommunityTrusts(): void {
    for (const area of splitIntoRuns(this.places, this.profile.communityTrusts)) {
      const template = this.faker.helpers.arrayElement(COMMUNITY_TRUST_TEMPLATES);
      const name = this.claimFilled(template, { places: joinNames(area.map((place) => place.name)) });
      this.add('communityTrust', name, area.map((place) => place.key));
    }
  }

  private addPlaceBodies(place: DemoPlace): void {
    this.add('placeCouncil', this.names.claim(place.localAuthority), [place.key]);
    this.add('healthwatch', this.claimFilled(HEALTHWATCH_TEMPLATE, { place: place.name }), [place.key]);
  }

  private addPrimaryCare(place: DemoPlace): void {
    const federationTemplate = this.faker.helpers.arrayElement(GP_FEDERATION_TEMPLATES);
    this.add('gpFederation', this.claimFilled(federationTemplate, { place: place.name }), [place.key]);
    for (const word of this.faker.helpers.arrayElements(PCN_AREA_WORDS, this.profile.pcnsPerPlace)) {
      this.add('pcn', this.claimFilled(PCN_TEMPLATE, { place: place.name, word }), [place.key]);
      for (let i = 0; i < this.profile.gpPracticesPerPcn; i++) {
        this.add('gpPractice', this.claimRandom(GP_PRACTICE_TEMPLATES, place), [place.key]);
      }
    }
  }

  private addLocalVcse(place: DemoPlace): void {
    for (const template of this.pickTemplates(VCSE_PLACE_TEMPLATES, this.profile.vcsePlaceLevelPerPlace)) {
      const sort = this.faker.datatype.boolean({ probability: NHS_FUNDED_VCSE_CHANCE }) ? 'nhsFundedVcse' : 'vcse';
      this.add(sort, this.claimFilled(template, { place: place.name }), this.localPlaceKeys(place));
    }
    for (let i = 0; i < this.profile.vcseNeighbourhoodPerPlace; i++) {
      this.add('vcse', this.claimRandom(VCSE_NEIGHBOURHOOD_TEMPLATES, place), this.localPlaceKeys(place));
    }
  }

  private addLocalOthers(place: DemoPlace): void {
    for (let i = 0; i < this.profile.otherLocalPerPlace; i++) {
      this.add('otherLocal', this.claimRandom(OTHER_LOCAL_TEMPLATES, place), this.localPlaceKeys(place));
    }
  }

  private addHospices(): void {
    const drawName = () => fillTemplate(HOSPICE_TEMPLATE, { saint: this.faker.helpers.arrayElement(SAINTS) });
    for (let i = 0; i < this.profile.hospices; i++) {
      const place = this.faker.helpers.arrayElement(this.places);
      this.add('hospice', this.names.claimFirstFree(drawName), this.localPlaceKeys(place));
    }
  }

  private addSocialCareProviders(): void {
    for (let i = 0; i < this.profile.socialCareProviders; i++) {
      const place = this.faker.helpers.arrayElement(this.places);
      this.add('socialCare', this.claimRandom(SOCIAL_CARE_TEMPLATES, place), this.localPlaceKeys(place));
    }
  }

  private add(sortName: PartnerSortName, { name, key }: ClaimedName, placeKeys: string[]): void {
    const sort: PartnerSort = PARTNER_SORTS[sortName];
    this.organisations.push({
      key,
      name,
      odsCode: sort.odsPattern === null ? null : this.odsCodes.allocate(sort.odsPattern),
      kind: sort.kind,
      sector: DEFAULT_SECTOR_BY_KIND[sort.kind],
      placeKeys,
      weight: this.drawBudget(sort),
    });
  }

  private drawBudget({ budget, unknownBudgetShare }: PartnerSort): number | null {
    if (unknownBudgetShare > 0 && this.faker.datatype.boolean({ probability: unknownBudgetShare })) {
      return null;
    }
    return this.faker.number.float({ ...budget, fractionDigits: 2 });
  }

  /** Distinct templates in random order, so place-level names never repeat within a place. */
  private pickTemplates(templates: readonly string[], count: number): string[] {
    return this.faker.helpers.arrayElements(templates, count);
  }

  private claimFilled(template: string, values: Partial<Record<Placeholder, string>>): ClaimedName {
    return this.names.claim(fillTemplate(template, { system: SYSTEM_STEM, ...values }));
  }

  /** Draws template and name parts afresh on every attempt until the name is not yet taken. */
  private claimRandom(templates: readonly string[], place: DemoPlace): ClaimedName {
    const neighbourhoods = this.neighbourhoodsByPlaceKey.get(place.key) ?? [];
    return this.names.claimFirstFree(() =>
      fillTemplate(this.faker.helpers.arrayElement(templates), {
        system: SYSTEM_STEM,
        place: place.name,
        neighbourhood: this.faker.helpers.arrayElement(neighbourhoods),
        surname: this.faker.helpers.arrayElement(SURNAMES),
        word: this.faker.helpers.arrayElement(CARE_HOME_WORDS),
        building: this.faker.helpers.arrayElement(CARE_HOME_BUILDINGS),
      }),
    );
  }

  private allPlaceKeys(): string[] {
    return this.places.map((place) => place.key);
  }

  /** A local organisation serves its own place and sometimes the next one along. */
  private localPlaceKeys(place: DemoPlace): string[] {
    if (this.places.length < 2 || !this.faker.datatype.boolean({ probability: SECOND_PLACE_CHANCE })) {
      return [place.key];
    }
    const next = this.places[(this.places.indexOf(place) + 1) % this.places.length];
    return [place.key, next.key];
  }
}

/** Splits items into `count` consecutive runs whose sizes differ by at most one, larger runs first. */
export function splitIntoRuns<T>(items: readonly T[], count: number): T[][] {
  if (!Number.isInteger(count) || count < 1 || count > items.length) {
    throw new RangeError(`Cannot split ${items.length} items into ${count} runs`);
  }
  const runs: T[][] = [];
  let start = 0;
  for (let run = 0; run < count; run++) {
    const size = Math.floor(items.length / count) + (run < items.length % count ? 1 : 0);
    runs.push(items.slice(start, start + size));
    start += size;
  }
  return runs;
}
