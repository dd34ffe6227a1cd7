import type { Faker } from '@faker-js/faker';
import { PRACTICE_KEYS, SECTORS, type OrganisationKind, type PracticeKey, type Sector } from '@stewardship/domain';
import type { RelationshipType } from './demo-survey';
import type { DemoOrganisation, DemoPerson, DemoSystem } from './demo-system';
import { drawNoise } from './likert';

/*
 * Who can answer the demo survey and what stays the same about them from month to month: how
 * warmly each person rates things, which partners they work with, and how strong each working
 * relationship is. Everything here is drawn once, in a fixed order, so every month sees the same
 * panel whichever months are generated.
 */

/** How a watched relationship behaves, seen from one side. */
export type WatchedSide = 'ONE_SIDED_HIGH' | 'ONE_SIDED_LOW' | 'WEAKENING';

/** A relationship the demo makes weak on purpose, so that the network's weak-link finder has work. */
export interface WatchedRelationship {
  kind: 'ONE_SIDED' | 'WEAKENING';
  /** For a one-sided relationship, the organisation that rates it 4–5. */
  firstKey: string;
  /** For a one-sided relationship, the organisation that rates it 1–2. */
  secondKey: string;
}

/** An organisation's working relationship with one partner, as everyone at the organisation sees it. */
export interface Tie {
  partnerKey: string;
  /** This side's view of the relationship on a latent 1–5 scale, before any weakening. */
  strength: number;
  /** How close the two work on a latent 1–5 scale, shared by both sides; drives contact frequency. */
  closeness: number;
  sharesForum: boolean;
  type: RelationshipType;
  watched: WatchedSide | null;
}

export interface Panellist {
  person: DemoPerson;
  organisation: DemoOrganisation;
  /** Relative chance of answering in any month. */
  propensity: number;
  /** How warmly this person rates everything, on the latent 1–5 scale. */
  disposition: number;
  /** Their own lean on each practice, on top of their disposition. */
  leanings: Record<PracticeKey, number>;
  /** The partners they work with and rate each month; those in watched relationships come first. */
  ties: Tie[];
}

export interface SurveyPanel {
  panellists: Panellist[];
  watched: WatchedRelationship[];
  /** Organisations in watched relationships: one of their people answers every month. */
  engagedOrganisationKeys: string[];
}

/** The ICB, trusts and councils: they sit on most forums, and more of their people answer. */
const MAJOR_BODY_KINDS: readonly OrganisationKind[] = [
  'ICB',
  'ACUTE_TRUST',
  'COMMUNITY_TRUST',
  'MENTAL_HEALTH_TRUST',
  'AMBULANCE_TRUST',
  'LOCAL_AUTHORITY',
];
const MAJOR_BODY_PROPENSITY = 3;
/** Place-level NHS and voice bodies, which a place board keeps close. */
const PLACE_BODY_KINDS: readonly OrganisationKind[] = ['PRIMARY_CARE_NETWORK', 'GP_FEDERATION', 'HOSPICE', 'HEALTHWATCH'];
const PLACE_BODY_PROPENSITY = 1.5;

/** How many partners a person rates, weighted: most rate three to five. */
const PORTFOLIO_SIZES = [
  { value: 2, weight: 1 },
  { value: 3, weight: 2 },
  { value: 4, weight: 3 },
  { value: 5, weight: 3 },
  { value: 6, weight: 2 },
];

/** Spread of people's warmth and of their lean on each practice. */
const DISPOSITION_SD = 0.3;
const PRACTICE_LEANING_SD = 0.2;
/** Spread of how strong relationships are within a sector pair, and of how the two sides differ. */
const PAIR_STRENGTH_SD = 0.35;
const SIDE_STRENGTH_SD = 0.2;

/** Sharing a forum: people choose forum partners far more often and know them better. */
const FORUM_PARTNER_WEIGHT = 4;
const FORUM_STRENGTH_BONUS = 0.3;
/** System-wide statutory bodies are partners to nearly everyone. */
const MAJOR_BODY_PARTNER_WEIGHT = 3;

const ONE_SIDED_STRENGTH = { high: 4.6, low: 1.4 } as const;
/** A weakening relationship starts strong, so its decline shows. */
const WEAKENING_MIN_STRENGTH = 4;

interface SectorPairProfile {
  /** Relative chance that someone in one sector names a partner in the other. */
  affinity: number;
  /** Typical latent strength of a relationship between the two sectors. */
  strength: number;
}

/** NHS–NHS ties are the commonest and strongest; NHS–VCSE ties the weakest. Symmetric; each pair is listed once. */
const SECTOR_PAIRS: ReadonlyArray<[Sector, Sector, SectorPairProfile]> = [
  ['NHS', 'NHS', { affinity: 3, strength: 3.9 }],
  ['NHS', 'LOCAL_GOVERNMENT', { affinity: 2, strength: 3.5 }],
  ['NHS', 'VCSE', { affinity: 1, strength: 3.0 }],
  ['NHS', 'INDEPENDENT', { affinity: 1, strength: 3.0 }],
  ['LOCAL_GOVERNMENT', 'LOCAL_GOVERNMENT', { affinity: 2, strength: 3.6 }],
  ['LOCAL_GOVERNMENT', 'VCSE', { affinity: 1.5, strength: 3.4 }],
  ['LOCAL_GOVERNMENT', 'INDEPENDENT', { affinity: 1.5, strength: 3.2 }],
  ['VCSE', 'VCSE', { affinity: 1.5, strength: 3.6 }],
  ['VCSE', 'INDEPENDENT', { affinity: 1, strength: 3.1 }],
  ['INDEPENDENT', 'INDEPENDENT', { affinity: 1, strength: 3.2 }],
];

/** Looked up about a million times at large scale, so indexed both ways round once. */
const SECTOR_PAIR_LOOKUP = new Map(
  SECTOR_PAIRS.flatMap(([a, b, profile]) => [
    [`${a}|${b}`, profile],
    [`${b}|${a}`, profile],
  ]),
);

export function sectorPair(a: Sector, b: Sector): SectorPairProfile {
  const profile = SECTOR_PAIR_LOOKUP.get(`${a}|${b}`);
  if (!profile) {
    throw new Error(`No relationship profile for sectors ${a} and ${b}`);
  }
  return profile;
}

/** One-sided relationships: a big body that thinks well of a small partner which does not return it. */
const ONE_SIDED_HIGH_KINDS: readonly OrganisationKind[] = ['ICB', 'ACUTE_TRUST', 'MENTAL_HEALTH_TRUST'];
const ONE_SIDED_LOW_KINDS: readonly OrganisationKind[] = ['VCSE', 'HEALTHWATCH', 'PRIMARY_CARE_NETWORK', 'SOCIAL_CARE_PROVIDER', 'HOSPICE'];

/** About one one-sided relationship per 150 partners and one weakening one per 300, with a floor. */
export function watchedCounts(partnerCount: number): { oneSided: number; weakening: number } {
  return { oneSided: Math.max(3, Math.round(partnerCount / 150)), weakening: Math.max(2, Math.round(partnerCount / 300)) };
}

export function buildSurveyPanel(faker: Faker, system: DemoSystem): SurveyPanel {
  return new PanelBuilder(faker, system).build();
}

interface PartnerChoices {
  keys: string[];
  /** Running totals of the choice weights, for drawing by binary search. */
  cumulative: number[];
}

class PanelBuilder {
  private readonly organisationsByKey: Map<string, DemoOrganisation>;
  private readonly placeKeySets = new Map<string, Set<string>>();
  private readonly forumPartners = new Map<string, Set<string>>();
  private readonly choicesByOrganisation = new Map<string, PartnerChoices>();
  /** Directed ties keyed `from>to`; the shared side of each pair is keyed by its sorted keys. */
  private readonly ties = new Map<string, Tie>();
  private readonly pairs = new Map<string, { strength: number; type: RelationshipType }>();
  private readonly watchedSides = new Map<string, WatchedSide>();

  constructor(
    private readonly faker: Faker,
    private readonly system: DemoSystem,
  ) {
    this.organisationsByKey = new Map(system.organisations.map((organisation) => [organisation.key, organisation]));
    for (const organisation of system.organisations) {
      this.placeKeySets.set(organisation.key, new Set(organisation.placeKeys));
      this.forumPartners.set(organisation.key, new Set());
    }
    this.indexForumPartners();
  }

  build(): SurveyPanel {
    const watched = this.chooseWatched();
    const panellists = this.system.people.map((person) => this.panellist(person));
    const engaged = [...new Set(watched.flatMap((relationship) => [relationship.firstKey, relationship.secondKey]))];
    return { panellists, watched, engagedOrganisationKeys: engaged };
  }

  private indexForumPartners(): void {
    const membersByForum = new Map<string, Set<string>>();
    for (const seat of this.system.seats) {
      const members = membersByForum.get(seat.forumKey) ?? new Set<string>();
      members.add(seat.organisationKey);
      membersByForum.set(seat.forumKey, members);
    }
    for (const members of membersByForum.values()) {
      for (const key of members) {
        for (const other of members) {
          if (other !== key) {
            this.forumPartners.get(key)?.add(other);
          }
        }
      }
    }
  }

  private organisation(key: string): DemoOrganisation {
    const organisation = this.organisationsByKey.get(key);
    if (!organisation) {
      throw new Error(`No organisation with key ${key}`);
    }
    return organisation;
  }

  private chooseWatched(): WatchedRelationship[] {
    const counts = watchedCounts(this.system.organisations.length);
    const placeCount = this.system.places.length;
    const highs = this.system.organisations.filter((organisation) => ONE_SIDED_HIGH_KINDS.includes(organisation.kind));
    const lows = this.system.organisations.filter(
      (organisation) => ONE_SIDED_LOW_KINDS.includes(organisation.kind) && organisation.placeKeys.length < placeCount,
    );
    const watched: WatchedRelationship[] = this.faker.helpers
      .arrayElements(lows, Math.min(counts.oneSided, lows.length))
      .map((low) => ({ kind: 'ONE_SIDED', firstKey: this.faker.helpers.arrayElement(highs).key, secondKey: low.key }));

    // Weakening relationships are between forum partners other than the ICB, which sits everywhere.
    const taken = new Set(watched.flatMap((relationship) => [relationship.firstKey, relationship.secondKey]));
    const candidates = this.system.organisations
      .filter((organisation) => organisation.kind !== 'ICB' && !taken.has(organisation.key))
      .flatMap((organisation) =>
        [...(this.forumPartners.get(organisation.key) ?? [])]
          .filter((partnerKey) => partnerKey > organisation.key && this.organisation(partnerKey).kind !== 'ICB' && !taken.has(partnerKey))
          .sort()
          .map((partnerKey) => [organisation.key, partnerKey] as const),
      );
    for (const [firstKey, secondKey] of this.faker.helpers.shuffle(candidates)) {
      if (watched.filter((relationship) => relationship.kind === 'WEAKENING').length === counts.weakening) {
        break;
      }
      if (!taken.has(firstKey) && !taken.has(secondKey)) {
        watched.push({ kind: 'WEAKENING', firstKey, secondKey });
        taken.add(firstKey).add(secondKey);
      }
    }

    for (const { kind, firstKey, secondKey } of watched) {
      this.watchedSides.set(`${firstKey}>${secondKey}`, kind === 'ONE_SIDED' ? 'ONE_SIDED_HIGH' : 'WEAKENING');
      this.watchedSides.set(`${secondKey}>${firstKey}`, kind === 'ONE_SIDED' ? 'ONE_SIDED_LOW' : 'WEAKENING');
    }
    return watched;
  }

  private panellist(person: DemoPerson): Panellist {
    const organisation = this.organisation(person.organisationKey);
    const disposition = drawNoise(this.faker, DISPOSITION_SD);
    const leanings = Object.fromEntries(
      PRACTICE_KEYS.map((practice) => [practice, drawNoise(this.faker, PRACTICE_LEANING_SD)]),
    ) as Record<PracticeKey, number>;
    return { person, organisation, propensity: propensityOf(organisation), disposition, leanings, ties: this.portfolio(organisation) };
  }

  /** The partners in the organisation's watched relationships, then others drawn by how likely they are to work together. */
  private portfolio(organisation: DemoOrganisation): Tie[] {
    const partnerKeys = [...this.watchedSides.keys()]
      .filter((key) => key.startsWith(`${organisation.key}>`))
      .map((key) => key.slice(organisation.key.length + 1));
    const size = Math.max(this.faker.helpers.weightedArrayElement(PORTFOLIO_SIZES), partnerKeys.length);
    const choices = this.partnerChoices(organisation);
    const wanted = Math.min(size, choices.keys.length + partnerKeys.length);
    const total = choices.cumulative[choices.cumulative.length - 1] ?? 0;
    for (let attempt = 0; partnerKeys.length < wanted && attempt < 100; attempt++) {
      const key = choices.keys[firstAtLeast(choices.cumulative, this.faker.number.float({ max: total }))];
      if (!partnerKeys.includes(key)) {
        partnerKeys.push(key);
      }
    }
    return partnerKeys.map((partnerKey) => this.tie(organisation, this.organisation(partnerKey)));
  }

  /**
   * Everyone who shares a place with the organisation, weighted by sector affinity, a shared
   * forum and the partner being a system-wide statutory body. Depends only on the system, so it
   * is computed once per organisation, when first needed.
   */
  private partnerChoices(organisation: DemoOrganisation): PartnerChoices {
    const cached = this.choicesByOrganisation.get(organisation.key);
    if (cached) {
      return cached;
    }
    const places = this.placeKeySets.get(organisation.key) ?? new Set<string>();
    const forumPartners = this.forumPartners.get(organisation.key) ?? new Set<string>();
    const affinityTo = new Map(SECTORS.map((sector) => [sector, sectorPair(organisation.sector, sector).affinity]));
    const choices: PartnerChoices = { keys: [], cumulative: [] };
    let total = 0;
    for (const partner of this.system.organisations) {
      if (partner.key === organisation.key || !partner.placeKeys.some((placeKey) => places.has(placeKey))) {
        continue;
      }
      total +=
        (affinityTo.get(partner.sector) ?? 0) *
        (forumPartners.has(partner.key) ? FORUM_PARTNER_WEIGHT : 1) *
        (MAJOR_BODY_KINDS.includes(partner.kind) ? MAJOR_BODY_PARTNER_WEIGHT : 1);
      choices.keys.push(partner.key);
      choices.cumulative.push(total);
    }
    this.choicesByOrganisation.set(organisation.key, choices);
    return choices;
  }

  /** The directed tie, created the first time either side names it; both sides share strength and type. */
  private tie(from: DemoOrganisation, to: DemoOrganisation): Tie {
    const key = `${from.key}>${to.key}`;
    const existing = this.ties.get(key);
    if (existing) {
      return existing;
    }
    const sharesForum = this.forumPartners.get(from.key)?.has(to.key) ?? false;
    const watched = this.watchedSides.get(key) ?? null;
    const pair = this.pair(from, to, sharesForum, watched === 'WEAKENING');
    const sideStrength = pair.strength + drawNoise(this.faker, SIDE_STRENGTH_SD);
    const strength =
      watched === 'ONE_SIDED_HIGH' ? ONE_SIDED_STRENGTH.high : watched === 'ONE_SIDED_LOW' ? ONE_SIDED_STRENGTH.low : sideStrength;
    const tie: Tie = { partnerKey: to.key, strength, closeness: pair.strength, sharesForum, type: pair.type, watched };
    this.ties.set(key, tie);
    return tie;
  }

  private pair(a: DemoOrganisation, b: DemoOrganisation, sharesForum: boolean, weakening: boolean): { strength: number; type: RelationshipType } {
    const key = [a.key, b.key].sort().join('|');
    const existing = this.pairs.get(key);
    if (existing) {
      return existing;
    }
    const drawn = sectorPair(a.sector, b.sector).strength + (sharesForum ? FORUM_STRENGTH_BONUS : 0) + drawNoise(this.faker, PAIR_STRENGTH_SD);
    const pair = {
      strength: weakening ? Math.max(drawn, WEAKENING_MIN_STRENGTH) : drawn,
      type: this.faker.helpers.weightedArrayElement(relationshipTypeWeights(a, b, sharesForum)),
    };
    this.pairs.set(key, pair);
    return pair;
  }
}

function propensityOf(organisation: DemoOrganisation): number {
  if (MAJOR_BODY_KINDS.includes(organisation.kind)) {
    return MAJOR_BODY_PROPENSITY;
  }
  return PLACE_BODY_KINDS.includes(organisation.kind) ? PLACE_BODY_PROPENSITY : 1;
}

/**
 * How a relationship is likely to be set up: the ICB commissions by contract, forum partners run
 * joint programmes, NHS bodies hold formal agreements with each other, and most ties with
 * charities and care providers are informal.
 */
export function relationshipTypeWeights(
  a: DemoOrganisation,
  b: DemoOrganisation,
  sharesForum: boolean,
): Array<{ value: RelationshipType; weight: number }> {
  const weights = (formal: number, joint: number, informal: number) => [
    { value: 'FORMAL_AGREEMENT' as const, weight: formal },
    { value: 'JOINT_PROGRAMME' as const, weight: joint },
    { value: 'INFORMAL' as const, weight: informal },
  ];
  if (a.kind === 'ICB' || b.kind === 'ICB') {
    return sharesForum ? weights(5, 4, 1) : weights(6, 1, 3);
  }
  if (sharesForum) {
    return weights(3, 5, 2);
  }
  if (a.sector === 'NHS' && b.sector === 'NHS') {
    return weights(5, 2, 3);
  }
  const statutory = (organisation: DemoOrganisation) => organisation.sector === 'NHS' || organisation.sector === 'LOCAL_GOVERNMENT';
  return statutory(a) || statutory(b) ? weights(3, 1.5, 5.5) : weights(1, 2, 7);
}

/** The index of the first running total at least `target`: a weighted draw from cumulative weights. */
export function firstAtLeast(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] < target) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
