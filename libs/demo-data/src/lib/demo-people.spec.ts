import { Faker, en, en_GB } from '@faker-js/faker';
import { emailProblem } from '@stewardship/domain';
import { demoPeople, organisationEmailDomain } from './demo-people';
import type { DemoOrganisation, DemoPerson } from './demo-system';
import { generateDemoSystem } from './generate-demo-system';
import { slugify } from './slug';

const { organisations } = generateDemoSystem();
const PROFILE = { perPartner: { min: 1, max: 3 }, perMajorBody: 3 };
const RESERVED = ['Priya Raman', 'Helen Armstrong'];

function peopleFor(seed: number, profile = PROFILE, from: readonly DemoOrganisation[] = organisations): DemoPerson[] {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return demoPeople(faker, from, profile, RESERVED);
}

describe('organisationEmailDomain', () => {
  it('uses the organisation key under .example', () => {
    expect(organisationEmailDomain('ashby-carers-centre')).toBe('ashby-carers-centre.example');
  });

  it('keeps a key of exactly 63 characters whole', () => {
    const key = `${'a'.repeat(30)}-${'b'.repeat(32)}`;
    expect(organisationEmailDomain(key)).toBe(`${key}.example`);
  });

  it('drops whole words from the end of a key too long for a DNS label', () => {
    expect(organisationEmailDomain('dunmere-eskerby-and-fallowdale-community-health-services-nhs-trust')).toBe(
      'dunmere-eskerby-and-fallowdale-community-health-services-nhs.example',
    );
  });

  it('cuts a single over-long word to 63 characters', () => {
    expect(organisationEmailDomain('x'.repeat(70))).toBe(`${'x'.repeat(63)}.example`);
  });
});

describe.each([1, 2, 20260101])('demoPeople (seed %i)', (seed) => {
  const people = peopleFor(seed);
  const organisationsByKey = new Map(organisations.map((organisation) => [organisation.key, organisation]));

  it('gives the same people for the same seed', () => {
    expect(peopleFor(seed)).toEqual(people);
  });

  it('gives every organisation one to three people, and the ICB, trusts and councils three', () => {
    for (const organisation of organisations) {
      const count = people.filter((person) => person.organisationKey === organisation.key).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
      if (['ICB', 'ACUTE_TRUST', 'MENTAL_HEALTH_TRUST', 'LOCAL_AUTHORITY'].includes(organisation.kind)) {
        expect(count).toBe(3);
      }
    }
    expect(people.length).toBeGreaterThan(200);
    expect(people.length).toBeLessThan(300);
  });

  it('names people uniquely, away from the reserved names, and keys them by the slug of their name', () => {
    expect(new Set(people.map((person) => person.name.toLowerCase())).size).toBe(people.length);
    expect(new Set(people.map((person) => person.key)).size).toBe(people.length);
    for (const person of people) {
      expect(person.key).toBe(slugify(person.name));
      expect(RESERVED).not.toContain(person.name);
    }
  });

  it('gives each person a valid, unique firstname.lastname address at their organisation', () => {
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length);
    for (const person of people) {
      expect(emailProblem(person.email)).toBeNull();
      expect(person.email).toBe(person.email.toLowerCase());
      const [local, domain] = person.email.split('@');
      expect(domain).toBe(organisationEmailDomain(person.organisationKey));
      expect(local.replace('.', '-')).toBe(person.key);
    }
  });

  it('puts people in role groups that fit their organisation', () => {
    const groupsOf = (kinds: string[]) =>
      new Set(people.filter((person) => kinds.includes(organisationsByKey.get(person.organisationKey)?.kind ?? '')).map((person) => person.roleGroup));
    expect([...groupsOf(['ACUTE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST', 'AMBULANCE_TRUST'])].sort()).toEqual(
      ['CLINICAL', 'EXECUTIVE', 'OPERATIONAL'],
    );
    for (const group of groupsOf(['LOCAL_AUTHORITY'])) {
      expect(['EXECUTIVE', 'OPERATIONAL']).toContain(group);
    }
    const inVcse = people.filter((person) => organisationsByKey.get(person.organisationKey)?.kind === 'VCSE');
    expect(inVcse.filter((person) => person.roleGroup === 'VCSE').length / inVcse.length).toBeGreaterThan(0.75);
  });
});

describe('demoPeople', () => {
  it('gives exactly one person per partner when the profile asks for one', () => {
    const people = peopleFor(3, { perPartner: { min: 1, max: 1 }, perMajorBody: 1 });
    expect(people.map((person) => person.organisationKey)).toEqual(organisations.map((organisation) => organisation.key));
  });

  it('gives nobody to an empty register', () => {
    expect(peopleFor(3, PROFILE, [])).toEqual([]);
  });
});
