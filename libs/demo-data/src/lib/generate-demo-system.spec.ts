import {
  DEFAULT_SECTOR_BY_KIND,
  emailProblem,
  odsCodeProblem,
  onsCodeProblem,
  ORGANISATION_KINDS,
  type OrganisationKind,
  weightProblem,
} from '@stewardship/domain';
import type { DemoOrganisation, DemoSeat, DemoSystem } from './demo-system';
import { DEFAULT_DEMO_SEED, generateDemoSystem, splitIntoRuns } from './generate-demo-system';
import { dayBefore } from './seat-history';
import { slugify } from './slug';

/** The first partners of the default standard system, as generated before forums, seats and people existed. */
const PINNED_STANDARD_ORGANISATIONS = [
  ['Northshire Integrated Care Board', 'QNS', 3567.98],
  ['Northshire Teaching Hospitals NHS Foundation Trust', 'RGC', 512.72],
  ['Ashby and District Hospital NHS Trust', 'R83', 738.29],
  ['Brackenford Royal Infirmary NHS Foundation Trust', 'R53', 727.6],
  ['Northshire Partnership NHS Foundation Trust', 'R3C', 402.09],
];

const standard = generateDemoSystem();
const large = generateDemoSystem({ scale: 'large' });

function ofKind(system: DemoSystem, kind: OrganisationKind): DemoOrganisation[] {
  return system.organisations.filter((organisation) => organisation.kind === kind);
}

function named(system: DemoSystem, name: string): DemoOrganisation {
  const organisation = system.organisations.find((candidate) => candidate.name === name);
  if (!organisation) {
    throw new Error(`No organisation named ${name}`);
  }
  return organisation;
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  }
  return counts;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function largestAcuteTrust(system: DemoSystem): DemoOrganisation {
  return [...ofKind(system, 'ACUTE_TRUST')].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];
}

function seatsHeldBy(system: DemoSystem, organisation: DemoOrganisation): DemoSeat[] {
  return system.seats.filter((seat) => seat.organisationKey === organisation.key);
}

/** The invariants every generated system must keep, whatever the seed or scale. */
function describeInvariants(label: string, generate: () => DemoSystem): void {
  describe(`invariants (${label})`, () => {
    const system = generate();
    const placeKeys = system.places.map((place) => place.key);

    it('names every organisation uniquely, ignoring case', () => {
      expect(duplicates(system.organisations.map((organisation) => organisation.name.toLowerCase()))).toEqual([]);
    });

    it('keys every organisation by the slug of its name, uniquely', () => {
      for (const organisation of system.organisations) {
        expect(organisation.key).toBe(slugify(organisation.name));
        expect(organisation.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
      expect(duplicates(system.organisations.map((organisation) => organisation.key))).toEqual([]);
    });

    it('gives only valid, distinct ODS codes', () => {
      const codes = system.organisations.flatMap((organisation) => (organisation.odsCode === null ? [] : [organisation.odsCode]));
      expect(codes.filter((code) => odsCodeProblem(code) !== null)).toEqual([]);
      expect(duplicates(codes)).toEqual([]);
    });

    it('gives places valid, distinct ONS codes and keys', () => {
      expect(system.places.filter((place) => onsCodeProblem(place.onsCode) !== null)).toEqual([]);
      expect(duplicates(system.places.map((place) => place.onsCode))).toEqual([]);
      expect(duplicates(placeKeys)).toEqual([]);
    });

    it('has every organisation serve at least one real place, each once', () => {
      for (const organisation of system.organisations) {
        expect(organisation.placeKeys.length).toBeGreaterThan(0);
        expect(duplicates(organisation.placeKeys)).toEqual([]);
        for (const placeKey of organisation.placeKeys) {
          expect(placeKeys).toContain(placeKey);
        }
      }
    });

    it('puts every organisation in the default sector for its kind', () => {
      for (const organisation of system.organisations) {
        expect(organisation.sector).toBe(DEFAULT_SECTOR_BY_KIND[organisation.kind]);
      }
    });

    it('gives weights that are null or valid', () => {
      const invalid = system.organisations.filter(
        (organisation) => organisation.weight !== null && weightProblem(organisation.weight) !== null,
      );
      expect(invalid).toEqual([]);
    });

    it('has system-wide bodies serve every place', () => {
      const systemWide = system.organisations.filter(
        (organisation) =>
          ['ICB', 'ACUTE_TRUST', 'MENTAL_HEALTH_TRUST', 'AMBULANCE_TRUST'].includes(organisation.kind) ||
          organisation.name === 'Northshire County Council',
      );
      expect(systemWide.length).toBeGreaterThanOrEqual(5);
      for (const organisation of systemWide) {
        expect(organisation.placeKeys).toEqual(placeKeys);
      }
    });

    it('has each place served by exactly one community trust', () => {
      const served = ofKind(system, 'COMMUNITY_TRUST').flatMap((trust) => trust.placeKeys);
      expect([...served].sort()).toEqual([...placeKeys].sort());
    });

    it('has each place-level body serve exactly its own place', () => {
      for (const kind of ['PRIMARY_CARE_NETWORK', 'GP_FEDERATION', 'HEALTHWATCH'] as const) {
        for (const organisation of ofKind(system, kind)) {
          expect(organisation.placeKeys).toHaveLength(1);
          const place = system.places.find((candidate) => candidate.key === organisation.placeKeys[0]);
          expect(organisation.name).toContain(place?.name);
        }
      }
    });

    it('has local groups serve one place, or two neighbouring ones', () => {
      const local = system.organisations.filter((organisation) =>
        ['VCSE', 'HOSPICE', 'SOCIAL_CARE_PROVIDER'].includes(organisation.kind),
      );
      for (const organisation of local.filter((candidate) => candidate.placeKeys.length !== placeKeys.length)) {
        expect(organisation.placeKeys.length).toBeLessThanOrEqual(2);
        if (organisation.placeKeys.length === 2) {
          const [first, second] = organisation.placeKeys.map((key) => placeKeys.indexOf(key));
          expect(second).toBe((first + 1) % placeKeys.length);
        }
      }
      expect(local.some((organisation) => organisation.placeKeys.length === 2)).toBe(true);
    });

    it('gives NHS bodies ODS codes of the right shape and councils none', () => {
      expect(ofKind(system, 'ICB').map((icb) => icb.odsCode)).toEqual(['QNS']);
      for (const kind of ['ACUTE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST', 'AMBULANCE_TRUST'] as const) {
        for (const trust of ofKind(system, kind)) {
          expect(trust.odsCode).toMatch(/^R[A-Z0-9]{2}$/);
        }
      }
      for (const pcn of ofKind(system, 'PRIMARY_CARE_NETWORK')) {
        expect(pcn.odsCode).toMatch(/^U\d{5}$/);
      }
      for (const federation of ofKind(system, 'GP_FEDERATION')) {
        expect(federation.odsCode).not.toBeNull();
      }
      for (const council of ofKind(system, 'LOCAL_AUTHORITY')) {
        expect(council.odsCode).toBeNull();
      }
    });

    it('gives NHS bodies and councils a budget, with trusts far larger than charities', () => {
      const budgeted = system.organisations.filter(
        (organisation) => organisation.sector === 'NHS' || organisation.sector === 'LOCAL_GOVERNMENT',
      );
      expect(budgeted.filter((organisation) => organisation.weight === null)).toEqual([]);
      const smallestAcute = Math.min(...ofKind(system, 'ACUTE_TRUST').map((trust) => trust.weight ?? 0));
      const largestVcse = Math.max(...ofKind(system, 'VCSE').map((group) => group.weight ?? 0));
      expect(smallestAcute).toBeGreaterThan(100 * largestVcse);
      expect(system.organisations.some((organisation) => organisation.weight === null)).toBe(true);
    });

    it('ties forums, seats and people only to places, forums and organisations that exist', () => {
      const forumKeys = system.forums.map((forum) => forum.key);
      const organisationKeys = new Set(system.organisations.map((organisation) => organisation.key));
      expect(duplicates(forumKeys)).toEqual([]);
      for (const forum of system.forums) {
        expect(forum.placeKey === null || placeKeys.includes(forum.placeKey)).toBe(true);
      }
      for (const seat of system.seats) {
        expect(forumKeys).toContain(seat.forumKey);
        expect(organisationKeys.has(seat.organisationKey)).toBe(true);
      }
      expect(system.people.filter((person) => !organisationKeys.has(person.organisationKey))).toEqual([]);
    });

    it('dates seats yyyy-mm-dd, from no later than to, never repeating a forum, organisation and start', () => {
      for (const seat of system.seats) {
        expect(seat.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (seat.to !== null) {
          expect(seat.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(seat.from <= seat.to).toBe(true);
        }
      }
      expect(duplicates(system.seats.map((seat) => `${seat.forumKey}|${seat.organisationKey}|${seat.from}`))).toEqual([]);
    });

    it('keeps seat history: about one seat in ten ended, and a seat whose successor starts the next day', () => {
      const ended = system.seats.filter((seat) => seat.to !== null);
      expect(ended.length / system.seats.length).toBeGreaterThan(0.05);
      expect(ended.length / system.seats.length).toBeLessThan(0.2);
      const successors = ended.flatMap((seat) =>
        system.seats.filter(
          (next) =>
            next.forumKey === seat.forumKey &&
            next.organisationKey === seat.organisationKey &&
            dayBefore(next.from) === seat.to &&
            (next.voting !== seat.voting || next.chair !== seat.chair),
        ),
      );
      expect(successors.length).toBeGreaterThanOrEqual(1);
    });

    it('gives the ICB and the largest acute trust more seats than any VCSE organisation', () => {
      const mostVcseSeats = Math.max(...ofKind(system, 'VCSE').map((vcse) => seatsHeldBy(system, vcse).length));
      const icb = ofKind(system, 'ICB')[0];
      expect(seatsHeldBy(system, icb).length).toBeGreaterThan(mostVcseSeats);
      expect(seatsHeldBy(system, largestAcuteTrust(system)).length).toBeGreaterThan(mostVcseSeats);
      expect(new Set(seatsHeldBy(system, icb).map((seat) => seat.forumKey)).size).toBe(system.forums.length);
    });

    it('gives the NHS a larger share of voting seats than of organisations', () => {
      const sectorOf = new Map(system.organisations.map((organisation) => [organisation.key, organisation.sector]));
      const votingSeats = system.seats.filter((seat) => seat.voting);
      const nhsSeatShare = votingSeats.filter((seat) => sectorOf.get(seat.organisationKey) === 'NHS').length / votingSeats.length;
      const nhsOrganisationShare = system.organisations.filter((organisation) => organisation.sector === 'NHS').length / system.organisations.length;
      expect(nhsSeatShare).toBeGreaterThan(nhsOrganisationShare);
    });

    it('gives every organisation at least one person, with unique keys and unique, valid addresses', () => {
      const staffed = new Set(system.people.map((person) => person.organisationKey));
      expect(system.organisations.filter((organisation) => !staffed.has(organisation.key))).toEqual([]);
      expect(duplicates(system.people.map((person) => person.key))).toEqual([]);
      expect(duplicates(system.people.map((person) => person.email))).toEqual([]);
      expect(system.people.filter((person) => emailProblem(person.email) !== null)).toEqual([]);
    });

    it('has the place-based lead look after the first place', () => {
      const placeLead = system.users.find((user) => user.role === 'PLACE_LEAD');
      expect(placeLead?.placeKey).toBe(placeKeys[0]);
    });
  });
}

describeInvariants('standard, default seed', () => generateDemoSystem());
describeInvariants('standard, seed 1', () => generateDemoSystem({ seed: 1 }));
describeInvariants('standard, seed 987654', () => generateDemoSystem({ seed: 987654 }));
describeInvariants('large, default seed', () => generateDemoSystem({ scale: 'large' }));
describeInvariants('large, seed 7', () => generateDemoSystem({ scale: 'large', seed: 7 }));

describe('generateDemoSystem', () => {
  it('describes Northshire ICS', () => {
    expect(standard.system).toEqual({ name: 'Northshire ICS', odsCode: 'QNS', region: 'North East and Yorkshire' });
  });

  it('gives the same system for the same seed and scale', () => {
    expect(generateDemoSystem({ seed: DEFAULT_DEMO_SEED })).toEqual(standard);
    expect(generateDemoSystem({ seed: 5, scale: 'large' })).toEqual(generateDemoSystem({ seed: 5, scale: 'large' }));
  });

  it('gives a different system for a different seed', () => {
    expect(generateDemoSystem({ seed: 1 }).organisations).not.toEqual(standard.organisations);
    expect(generateDemoSystem({ seed: 1, scale: 'large' }).organisations).not.toEqual(large.organisations);
  });

  it('is not disturbed by other generations in between', () => {
    const first = generateDemoSystem({ seed: 11 });
    generateDemoSystem({ seed: 12 });
    expect(generateDemoSystem({ seed: 11 })).toEqual(first);
  });

  it('uses 20260101 as the default seed', () => {
    expect(DEFAULT_DEMO_SEED).toBe(20260101);
  });

  describe('standard scale', () => {
    it('has the four places of Northshire', () => {
      expect(standard.places).toEqual([
        { key: 'ashby', name: 'Ashby', localAuthority: 'Ashby Borough Council', onsCode: 'E06000901' },
        { key: 'brackenford', name: 'Brackenford', localAuthority: 'Brackenford City Council', onsCode: 'E06000902' },
        { key: 'carrow-vale', name: 'Carrow Vale', localAuthority: 'Carrow Vale Council', onsCode: 'E06000903' },
        { key: 'dunmere', name: 'Dunmere', localAuthority: 'Dunmere Borough Council', onsCode: 'E06000904' },
      ]);
    });

    it('has 120 partners in a realistic mix of every kind', () => {
      expect(standard.organisations).toHaveLength(120);
      expect(countBy(standard.organisations, (organisation) => organisation.kind)).toEqual({
        ICB: 1,
        ACUTE_TRUST: 3,
        COMMUNITY_TRUST: 2,
        MENTAL_HEALTH_TRUST: 1,
        AMBULANCE_TRUST: 1,
        PRIMARY_CARE_NETWORK: 24,
        GP_FEDERATION: 4,
        LOCAL_AUTHORITY: 5,
        VCSE: 48,
        HOSPICE: 3,
        SOCIAL_CARE_PROVIDER: 16,
        HEALTHWATCH: 4,
        OTHER: 8,
      });
      for (const kind of ORGANISATION_KINDS) {
        expect(ofKind(standard, kind).length).toBeGreaterThan(0);
      }
    });

    it('names the system-wide bodies', () => {
      expect(named(standard, 'Northshire Integrated Care Board').kind).toBe('ICB');
      expect(named(standard, 'Northshire Teaching Hospitals NHS Foundation Trust').kind).toBe('ACUTE_TRUST');
      expect(named(standard, 'North East Ambulance Service NHS Foundation Trust').kind).toBe('AMBULANCE_TRUST');
      expect(named(standard, 'Northshire County Council').kind).toBe('LOCAL_AUTHORITY');
    });

    it('has a council and a Healthwatch for each place', () => {
      for (const place of standard.places) {
        expect(named(standard, place.localAuthority).placeKeys).toEqual([place.key]);
        expect(named(standard, `Healthwatch ${place.name}`).placeKeys).toEqual([place.key]);
      }
    });

    it('has six primary care networks in each place', () => {
      const pcnsByPlace = countBy(ofKind(standard, 'PRIMARY_CARE_NETWORK'), (pcn) => pcn.placeKeys[0]);
      expect(pcnsByPlace).toEqual({ ashby: 6, brackenford: 6, 'carrow-vale': 6, dunmere: 6 });
      for (const pcn of ofKind(standard, 'PRIMARY_CARE_NETWORK')) {
        expect(pcn.name).toMatch(/^(Ashby|Brackenford|Carrow Vale|Dunmere) [A-Za-z]+ Primary Care Network$/);
      }
    });

    it('splits the community trusts two places each', () => {
      expect(ofKind(standard, 'COMMUNITY_TRUST').map((trust) => trust.placeKeys)).toEqual([
        ['ashby', 'brackenford'],
        ['carrow-vale', 'dunmere'],
      ]);
      expect(ofKind(standard, 'COMMUNITY_TRUST')[0].name).toMatch(/^Ashby and Brackenford Community Health/);
    });

    it('names hospices after saints', () => {
      for (const hospice of ofKind(standard, 'HOSPICE')) {
        expect(hospice.name).toMatch(/^St [A-Z][a-z]+'s Hospice$/);
      }
    });

    it('keeps the organisations it had before forums and people were added', () => {
      expect(standard.organisations.slice(0, 5).map(({ name, odsCode, weight }) => [name, odsCode, weight])).toEqual(PINNED_STANDARD_ORGANISATIONS);
    });

    it('has twelve forums, seats on them and about two people per organisation', () => {
      expect(standard.forums).toHaveLength(12);
      expect(standard.seats.length).toBeGreaterThan(100);
      expect(standard.people.length).toBeGreaterThanOrEqual(220);
      expect(standard.people.length).toBeLessThanOrEqual(280);
    });

    it('has one demo user per role', () => {
      expect(standard.users.map((user) => [user.email, user.role, user.placeKey])).toEqual([
        ['admin@northshire.example', 'ADMIN', null],
        ['leader@northshire.example', 'LEADER', null],
        ['placelead@northshire.example', 'PLACE_LEAD', 'ashby'],
        ['ned@northshire.example', 'NON_EXECUTIVE', null],
        ['viewer@northshire.example', 'VIEWER', null],
      ]);
    });
  });

  describe('large scale', () => {
    it('has about a thousand partners across eight places', () => {
      expect(large.places).toHaveLength(8);
      expect(large.organisations.length).toBeGreaterThanOrEqual(950);
      expect(large.organisations.length).toBeLessThanOrEqual(1050);
    });

    it('has 8 primary care networks per place and 5 GP practices per network', () => {
      expect(ofKind(large, 'PRIMARY_CARE_NETWORK')).toHaveLength(64);
      const practices = ofKind(large, 'OTHER').filter((organisation) => organisation.odsCode?.startsWith('A8'));
      expect(practices).toHaveLength(320);
      for (const practice of practices) {
        expect(practice.odsCode).toMatch(/^A8\d{4}$/);
      }
    });

    it('has a council for each place plus the county', () => {
      expect(ofKind(large, 'LOCAL_AUTHORITY')).toHaveLength(9);
    });

    it('has a board for each of its eight places, a neighbourhood board for each PCN, and about five people per organisation', () => {
      expect(large.forums).toHaveLength(80);
      expect(large.forums.filter((forum) => forum.kind === 'PLACE_BOARD')).toHaveLength(8);
      expect(large.forums.filter((forum) => forum.name.endsWith('Neighbourhood Board'))).toHaveLength(64);
      expect(large.people.length).toBeGreaterThan(large.organisations.length * 4.5);
      expect(large.people.length).toBeLessThan(large.organisations.length * 5.5);
    });

    it('keeps the first four places of the standard scale', () => {
      expect(large.places.slice(0, 4)).toEqual(standard.places);
    });
  });
});

describe('splitIntoRuns', () => {
  it('splits evenly when it can', () => {
    expect(splitIntoRuns([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('puts the remainder in the first runs', () => {
    expect(splitIntoRuns([1, 2, 3, 4, 5, 6, 7, 8], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8],
    ]);
  });

  it('allows one run or one item per run', () => {
    expect(splitIntoRuns(['a', 'b'], 1)).toEqual([['a', 'b']]);
    expect(splitIntoRuns(['a', 'b'], 2)).toEqual([['a'], ['b']]);
  });

  it('refuses impossible splits', () => {
    expect(() => splitIntoRuns([1, 2], 3)).toThrow('Cannot split 2 items into 3 runs');
    expect(() => splitIntoRuns([1, 2], 0)).toThrow('Cannot split 2 items into 0 runs');
  });
});
