import { Faker, en } from '@faker-js/faker';
import { planForums } from './demo-forums';
import type { DemoOrganisation } from './demo-system';
import { generateDemoSystem } from './generate-demo-system';
import type { PlannedForum } from './seat-history';

function plan(seed: number, scale: 'standard' | 'large' = 'standard') {
  const { places, organisations } = generateDemoSystem({ scale });
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return { places, organisations, forums: planForums(faker, places, organisations) };
}

function byKey(organisations: readonly DemoOrganisation[]): Map<string, DemoOrganisation> {
  return new Map(organisations.map((organisation) => [organisation.key, organisation]));
}

function memberKeys(forum: PlannedForum): string[] {
  return forum.members.map((member) => member.organisationKey);
}

describe.each([
  ['standard', 1],
  ['standard', 99],
  ['large', 7],
] as const)('planForums (%s, seed %i)', (scale, seed) => {
  const { places, organisations, forums } = plan(seed, scale);
  const organisationsByKey = byKey(organisations);
  const icb = organisations.find((organisation) => organisation.kind === 'ICB');
  const acutes = organisations.filter((organisation) => organisation.kind === 'ACUTE_TRUST');
  const largestAcute = [...acutes].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];

  it('gives the same plan for the same seed', () => {
    expect(plan(seed, scale).forums).toEqual(forums);
  });

  it('has the system forums, a board for each place and four programme boards', () => {
    expect(forums.map(({ forum }) => [forum.name, forum.kind])).toEqual([
      ['Northshire ICB Board', 'ICB_BOARD'],
      ['Northshire Integrated Care Partnership', 'ICP'],
      ...places.map((place) => [`${place.name} Place Board`, 'PLACE_BOARD']),
      ['Northshire Acute Provider Collaborative', 'PROVIDER_COLLABORATIVE'],
      ['Northshire Mental Health Provider Collaborative', 'PROVIDER_COLLABORATIVE'],
      ['Urgent and Emergency Care Programme Board', 'PROGRAMME_BOARD'],
      ['Children and Young People Programme Board', 'PROGRAMME_BOARD'],
      ['Ageing Well Programme Board', 'PROGRAMME_BOARD'],
      ['Population Health Programme Board', 'PROGRAMME_BOARD'],
    ]);
  });

  it('keys forums by the slug of their name and ties place boards and the ageing well board to a place', () => {
    for (const { forum } of forums) {
      expect(forum.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(forums.find(({ forum }) => forum.name === 'Ashby Place Board')?.forum.key).toBe('ashby-place-board');
    const placeKeys = places.map((place) => place.key);
    const placed = forums.filter(({ forum }) => forum.placeKey !== null).map(({ forum }) => forum);
    expect(placed.filter((forum) => forum.kind === 'PLACE_BOARD').map((forum) => forum.placeKey)).toEqual(placeKeys);
    expect(placed.filter((forum) => forum.kind !== 'PLACE_BOARD').map((forum) => forum.name)).toEqual(['Ageing Well Programme Board']);
    for (const forum of placed) {
      expect(placeKeys).toContain(forum.placeKey);
    }
  });

  it('seats only real organisations, each once per forum, with one chair who votes', () => {
    for (const forum of forums) {
      const keys = memberKeys(forum);
      expect(keys.filter((key) => !organisationsByKey.has(key))).toEqual([]);
      expect(new Set(keys).size).toBe(keys.length);
      const chairs = forum.members.filter((member) => member.chair);
      expect(chairs).toHaveLength(1);
      expect(chairs[0].voting).toBe(true);
    }
  });

  it('seats the ICB everywhere, chairing most forums, and the largest acute trust with a vote on all but one', () => {
    for (const forum of forums) {
      expect(memberKeys(forum)).toContain(icb?.key);
    }
    const chairedByIcb = forums.filter((forum) => forum.members.some((member) => member.chair && member.organisationKey === icb?.key));
    expect(chairedByIcb.length).toBeGreaterThanOrEqual(5);
    const withAcuteVote = forums.filter((forum) =>
      forum.members.some((member) => member.organisationKey === largestAcute.key && member.voting),
    );
    expect(withAcuteVote).toHaveLength(forums.length - 1);
  });

  it('fixes the chair, the ICB, the largest acute trust and the councils on the partnership and place boards', () => {
    for (const forum of forums) {
      for (const member of forum.members) {
        const organisation = organisationsByKey.get(member.organisationKey);
        if (member.chair || member.organisationKey === icb?.key || member.organisationKey === largestAcute.key) {
          expect(member.fixed).toBe(true);
        }
        if (organisation?.kind === 'LOCAL_AUTHORITY' && forum.forum.kind === 'ICP') {
          expect(member.fixed).toBe(true);
        }
        if (organisation?.sector === 'VCSE' || organisation?.kind === 'SOCIAL_CARE_PROVIDER') {
          expect(member.fixed).toBe(false);
        }
      }
    }
    for (const place of places) {
      const board = forums.find((forum) => forum.forum.placeKey === place.key && forum.forum.kind === 'PLACE_BOARD');
      const council = board?.members.find((member) => organisationsByKey.get(member.organisationKey)?.name === place.localAuthority);
      expect(council?.fixed).toBe(true);
    }
  });

  it('puts the council, county, GP federation, Healthwatch and two primary care networks on each place board, all serving the place', () => {
    for (const place of places) {
      const board = forums.find((forum) => forum.forum.placeKey === place.key && forum.forum.kind === 'PLACE_BOARD');
      const members = (board?.members ?? []).map((member) => ({ ...member, organisation: organisationsByKey.get(member.organisationKey) }));
      const names = members.map((member) => member.organisation?.name);
      expect(names).toEqual(expect.arrayContaining([place.localAuthority, 'Northshire County Council', `Healthwatch ${place.name}`]));
      const ofKind = (kind: string) => members.filter((member) => member.organisation?.kind === kind);
      expect(ofKind('GP_FEDERATION')).toHaveLength(1);
      expect(ofKind('PRIMARY_CARE_NETWORK')).toHaveLength(2);
      expect(ofKind('HEALTHWATCH').every((member) => !member.voting)).toBe(true);
      for (const member of members) {
        expect(member.organisation?.placeKeys).toContain(place.key);
      }
      expect(board?.nextChairKey).not.toBeNull();
      const nextChair = board?.members.find((member) => member.organisationKey === board.nextChairKey);
      expect(nextChair?.voting).toBe(true);
      expect(nextChair?.chair).toBe(false);
      expect([icb?.name, place.localAuthority]).toContain(organisationsByKey.get(board?.nextChairKey ?? '')?.name);
    }
  });

  it('lets no forum but a place board pass its chair on', () => {
    expect(forums.filter((forum) => forum.nextChairKey !== null).every((forum) => forum.forum.kind === 'PLACE_BOARD')).toBe(true);
  });

  it('gives VCSE groups, Healthwatch and care providers under half their share of seats, almost none with a vote', () => {
    const isUnderRepresented = (organisation: DemoOrganisation | undefined) =>
      organisation?.sector === 'VCSE' || organisation?.kind === 'SOCIAL_CARE_PROVIDER';
    const members = forums.flatMap((forum) => forum.members);
    const theirs = members.filter((member) => isUnderRepresented(organisationsByKey.get(member.organisationKey)));
    const organisationShare = organisations.filter(isUnderRepresented).length / organisations.length;
    expect(theirs.length / members.length).toBeLessThan(organisationShare / 2);
    expect(theirs.filter((member) => member.voting).length).toBeLessThanOrEqual(2);
  });
});

describe('planForums', () => {
  it('needs an ICB to seat', () => {
    const { places, organisations } = generateDemoSystem();
    const withoutIcb = organisations.filter((organisation) => organisation.kind !== 'ICB');
    expect(() => planForums(new Faker({ locale: [en] }), places, withoutIcb)).toThrow('The demo system has no ICB');
  });
});
