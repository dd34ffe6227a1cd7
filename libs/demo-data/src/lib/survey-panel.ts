import type { Faker } from '@faker-js/faker';
import { PRACTICE_KEYS, type OrganisationKind, type PracticeKey, type Sector } from '@stewardship/domain';
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

/**
 * A broker whose departure would split a place: a few small charities of the first place work with each other and
 * with the broker only, so in the place's network (and the system's) the broker is the one articulation point
 * between them and everyone else.
 */
export interface BrokeredCluster {
  brokerKey: string;
  clusterKeys: string[];
}

export interface SurveyPanel {
  panellists: Panellist[];
  watched: WatchedRelationship[];
  broker: BrokeredCluster | null;
  /**
   * Pairs of forum partners (so affected by the same decisions month after month) keptApart: neither ever rates
   * the other, so the network finds the missing link.
   */
  keptApart: [string, string][];
  /** Organisations in watched relationships and the brokered cluster: one of their people answers every month. */
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

/** How many partners a person rates (at most their organisation's working relationships), weighted: most rate four to six. */
const PORTFOLIO_SIZES = [
  { value: 2, weight: 1 },
  { value: 3, weight: 1 },
  { value: 4, weight: 2 },
  { value: 5, weight: 3 },
  { value: 6, weight: 3 },
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

/**
 * NHS–NHS ties are the commonest and strongest; NHS–VCSE ties the weakest. Partners work mostly within their own
 * sector (silos, as the King's Fund found): every sector's own affinity is well above its affinity to any other.
 * Symmetric; each pair is listed once.
 */
const SECTOR_PAIRS: ReadonlyArray<[Sector, Sector, SectorPairProfile]> = [
  ['NHS', 'NHS', { affinity: 4, strength: 3.9 }],
  ['NHS', 'LOCAL_GOVERNMENT', { affinity: 1.5, strength: 3.5 }],
  ['NHS', 'VCSE', { affinity: 0.4, strength: 3.0 }],
  ['NHS', 'INDEPENDENT', { affinity: 0.4, strength: 3.0 }],
  ['LOCAL_GOVERNMENT', 'LOCAL_GOVERNMENT', { affinity: 3, strength: 3.6 }],
  ['LOCAL_GOVERNMENT', 'VCSE', { affinity: 0.8, strength: 3.4 }],
  ['LOCAL_GOVERNMENT', 'INDEPENDENT', { affinity: 0.8, strength: 3.2 }],
  ['VCSE', 'VCSE', { affinity: 4, strength: 3.6 }],
  ['VCSE', 'INDEPENDENT', { affinity: 0.6, strength: 3.1 }],
  ['INDEPENDENT', 'INDEPENDENT', { affinity: 3, strength: 3.2 }],
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

/** About one one-sided relationship per 150 partners and one weakening one per 300, with a floor of several. */
export function watchedCounts(partnerCount: number): { oneSided: number; weakening: number } {
  return { oneSided: Math.max(4, Math.round(partnerCount / 150)), weakening: Math.max(3, Math.round(partnerCount / 300)) };
}

/** How many working relationships an organisation keeps at least (its forum partners may make more). */
const RELATIONSHIP_FLOOR = { majorBody: 8, placeBody: 5, other: 4 } as const;
/** Small charities that work only with each other and their broker. */
const BROKERED_CLUSTER_SIZE = 3;
/** Pairs affected by the same decisions kept apart, for missing links, and how often the log must affect them together. */
const KEPT_APART_PAIRS = 3;
const KEPT_APART_DECISIONS = 4;

/**
 * The panel of a system; `coAffected` (pairs the decision log affects together, most first) is where it looks for
 * forum partners to keep apart.
 */
export function buildSurveyPanel(faker: Faker, system: DemoSystem, coAffected: readonly { a: string; b: string; decisions: number }[] = []): SurveyPanel {
  return new PanelBuilder(faker, system, coAffected).build();
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
  /** Each organisation's working relationships: the partners its people choose whom to rate from. */
  private readonly relationships = new Map<string, Set<string>>();
  /** Partners each organisation's people rate every month, before any others. */
  private readonly anchored = new Map<string, string[]>();
  private broker: BrokeredCluster | null = null;
  private readonly keptApart: [string, string][] = [];

  constructor(
    private readonly faker: Faker,
    private readonly system: DemoSystem,
    private readonly coAffected: readonly { a: string; b: string; decisions: number }[],
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
    const taken = new Set(watched.flatMap((relationship) => [relationship.firstKey, relationship.secondKey]));
    this.chooseBrokeredCluster(taken);
    this.chooseKeptApart(taken);
    this.buildRelationships(watched);
    const panellists = this.system.people.map((person) => this.panellist(person));
    const engaged = [...new Set([...taken, ...(this.broker ? [this.broker.brokerKey, ...this.broker.clusterKeys] : [])])];
    return { panellists, watched, broker: this.broker, keptApart: this.keptApart, engagedOrganisationKeys: engaged };
  }

  private sharesPlace(a: string, b: string): boolean {
    return this.organisation(b).placeKeys.some((placeKey) => this.placeKeySets.get(a)?.has(placeKey));
  }

  private seated(key: string): boolean {
    return (this.forumPartners.get(key)?.size ?? 0) > 0;
  }

  /**
   * The first place's broker: a charity of that place alone with a forum seat, and the first few charities of that
   * place alone without one, none already watched. Chosen by register order, so the rest of the panel's draws stay
   * as they were.
   */
  private chooseBrokeredCluster(taken: Set<string>): void {
    const placeKey = this.system.places[0]?.key;
    const local = this.system.organisations.filter((o) => o.kind === 'VCSE' && o.placeKeys.length === 1 && o.placeKeys[0] === placeKey && !taken.has(o.key));
    const brokerOrg = local.find((o) => this.seated(o.key));
    const cluster = local.filter((o) => !this.seated(o.key)).slice(0, BROKERED_CLUSTER_SIZE);
    if (!brokerOrg || cluster.length < BROKERED_CLUSTER_SIZE) return;
    this.broker = { brokerKey: brokerOrg.key, clusterKeys: cluster.map((o) => o.key) };
    for (const key of [brokerOrg.key, ...this.broker.clusterKeys]) taken.add(key);
  }

  /**
   * Pairs the decision log affects together at least KEPT_APART_DECISIONS times in the last year, sharing a place,
   * neither the ICB nor already chosen, those of the first place first, then the most affected together.
   */
  private chooseKeptApart(taken: Set<string>): void {
    const firstPlace = this.system.places[0]?.key;
    const inFirstPlace = (pair: { a: string; b: string }) => [pair.a, pair.b].every((key) => this.organisation(key).placeKeys.includes(firstPlace));
    const candidates = this.coAffected
      .filter((pair) => pair.decisions >= KEPT_APART_DECISIONS && this.sharesPlace(pair.a, pair.b))
      .filter((pair) => [pair.a, pair.b].every((key) => this.organisation(key).kind !== 'ICB'));
    for (const pair of [...candidates.filter(inFirstPlace), ...candidates.filter((pair) => !inFirstPlace(pair))]) {
      if (this.keptApart.length === KEPT_APART_PAIRS) return;
      if (taken.has(pair.a) || taken.has(pair.b)) continue;
      this.keptApart.push([pair.a, pair.b]);
      taken.add(pair.a).add(pair.b);
    }
  }

  /**
   * Who works with whom: every pair of forum partners sharing a place, the watched pairs and the brokered cluster,
   * then, for an organisation with fewer than its floor, partners drawn by sector affinity (so the sectors form
   * silos) and the system-wide bodies' pull. Never a pair kept apart; nobody but the broker works with the cluster.
   */
  private buildRelationships(watched: readonly WatchedRelationship[]): void {
    const cluster = new Set(this.broker?.clusterKeys ?? []);
    const apart = new Set(this.keptApart.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
    const link = (a: string, b: string) => {
      if (a === b || apart.has(`${a}|${b}`)) return;
      for (const [x, y] of [[a, b], [b, a]]) {
        const set = this.relationships.get(x) ?? new Set<string>();
        this.relationships.set(x, set.add(y));
      }
    };
    for (const { firstKey, secondKey } of watched) {
      link(firstKey, secondKey);
      this.anchored.set(firstKey, [...(this.anchored.get(firstKey) ?? []), secondKey]);
      this.anchored.set(secondKey, [...(this.anchored.get(secondKey) ?? []), firstKey]);
    }
    if (this.broker) {
      const { brokerKey, clusterKeys } = this.broker;
      clusterKeys.forEach((key, i) => {
        link(key, brokerKey);
        if (i > 0) link(key, clusterKeys[i - 1]);
        this.anchored.set(key, [brokerKey]);
      });
      this.anchored.set(brokerKey, [...(this.anchored.get(brokerKey) ?? []), ...clusterKeys]);
    }
    // The floor counts relationships beyond the cluster, so the broker is tied to the rest of its place as well.
    const outside = (key: string) => [...(this.relationships.get(key) ?? [])].filter((partnerKey) => !cluster.has(partnerKey));
    for (const organisation of this.system.organisations) {
      if (cluster.has(organisation.key)) continue;
      const floor = MAJOR_BODY_KINDS.includes(organisation.kind) ? RELATIONSHIP_FLOOR.majorBody : PLACE_BODY_KINDS.includes(organisation.kind) ? RELATIONSHIP_FLOOR.placeBody : RELATIONSHIP_FLOOR.other;
      const candidates = this.system.organisations.filter((partner) => !cluster.has(partner.key) && partner.key !== organisation.key && this.sharesPlace(organisation.key, partner.key));
      const choices = weightedChoices(candidates, (partner) => this.choiceWeight(organisation, partner));
      const total = choices.cumulative[choices.cumulative.length - 1] ?? 0;
      for (let attempt = 0; outside(organisation.key).length < floor && attempt < 50 && total > 0; attempt++) {
        link(organisation.key, choices.keys[firstAtLeast(choices.cumulative, this.faker.number.float({ max: total }))]);
      }
    }
    if (this.broker) {
      // The broker's people rate two partners beyond the cluster every month, so the bridge is there every month.
      const { brokerKey } = this.broker;
      this.anchored.set(brokerKey, [...(this.anchored.get(brokerKey) ?? []), ...outside(brokerKey).sort().slice(0, 2)]);
    }
  }

  /** How likely the organisation's people are to work with a partner: sector affinity, a shared forum, a system-wide body. */
  private choiceWeight(organisation: DemoOrganisation, partner: DemoOrganisation): number {
    return (
      sectorPair(organisation.sector, partner.sector).affinity *
      (this.forumPartners.get(organisation.key)?.has(partner.key) ? FORUM_PARTNER_WEIGHT : 1) *
      (MAJOR_BODY_KINDS.includes(partner.kind) ? MAJOR_BODY_PARTNER_WEIGHT : 1)
    );
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

    // Weakening relationships are between forum partners sharing a place, other than the ICB, which sits everywhere;
    // the first is in the first place, whose lead the demo signs in as.
    const taken = new Set(watched.flatMap((relationship) => [relationship.firstKey, relationship.secondKey]));
    const candidates = this.system.organisations
      .filter((organisation) => organisation.kind !== 'ICB' && !taken.has(organisation.key))
      .flatMap((organisation) =>
        [...(this.forumPartners.get(organisation.key) ?? [])]
          .filter((partnerKey) => partnerKey > organisation.key && this.organisation(partnerKey).kind !== 'ICB' && !taken.has(partnerKey) && this.sharesPlace(organisation.key, partnerKey))
          .sort()
          .map((partnerKey) => [organisation.key, partnerKey] as const),
      );
    const shuffled = this.faker.helpers.shuffle(candidates);
    const firstPlace = this.system.places[0]?.key;
    const inFirstPlace = shuffled.findIndex((pair) => pair.every((key) => this.organisation(key).placeKeys.includes(firstPlace)));
    if (inFirstPlace > 0) shuffled.unshift(...shuffled.splice(inFirstPlace, 1));
    for (const [firstKey, secondKey] of shuffled) {
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

  /**
   * The partners the organisation's people rate every month (its watched relationships, the broker's cluster, a
   * cluster's broker), then others of its relationships drawn by how likely they are to work together.
   */
  private portfolio(organisation: DemoOrganisation): Tie[] {
    const partnerKeys = [...(this.anchored.get(organisation.key) ?? [])];
    const size = Math.max(this.faker.helpers.weightedArrayElement(PORTFOLIO_SIZES), partnerKeys.length);
    const choices = this.partnerChoices(organisation);
    const wanted = Math.min(size, Math.max(choices.keys.length, partnerKeys.length));
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
   * The organisation's working relationships (all sharing a place with it), weighted by sector affinity, a shared
   * forum and the partner being a system-wide statutory body. Computed once per organisation, when first needed.
   */
  private partnerChoices(organisation: DemoOrganisation): PartnerChoices {
    const cached = this.choicesByOrganisation.get(organisation.key);
    if (cached) {
      return cached;
    }
    const related = this.relationships.get(organisation.key) ?? new Set<string>();
    const choices = weightedChoices(
      this.system.organisations.filter((partner) => related.has(partner.key)),
      (partner) => this.choiceWeight(organisation, partner),
    );
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

/** Partners with the running totals of their weights, for drawing by binary search. */
function weightedChoices(partners: readonly DemoOrganisation[], weight: (partner: DemoOrganisation) => number): PartnerChoices {
  const choices: PartnerChoices = { keys: [], cumulative: [] };
  let total = 0;
  for (const partner of partners) {
    total += weight(partner);
    choices.keys.push(partner.key);
    choices.cumulative.push(total);
  }
  return choices;
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
