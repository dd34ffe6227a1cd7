import {
  DEFAULT_SECTOR_BY_KIND,
  odsCodeProblem,
  onsCodeProblem,
  ORGANISATION_KINDS,
  type OrganisationKind,
  weightProblem,
} from '@stewardship/domain';
import { DEFAULT_DEMO_SEED, type DemoOrganisation, type DemoSystem, generateDemoSystem, splitIntoRuns } from './generate-demo-system';
import { slugify } from './slug';

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
