import { SECTORS } from '@stewardship/domain';
import type { DemoOrganisation } from './demo-system';
import { generateDemoSystem } from './generate-demo-system';
import { seededFaker } from './seeded-faker';
import { buildSurveyPanel, firstAtLeast, relationshipTypeWeights, sectorPair, watchedCounts } from './survey-panel';

const system = generateDemoSystem();
const panel = buildSurveyPanel(seededFaker([1, 3]), system);
const organisationsByKey = new Map(system.organisations.map((organisation) => [organisation.key, organisation]));

function organisation(key: string): DemoOrganisation {
  const found = organisationsByKey.get(key);
  if (!found) {
    throw new Error(`No organisation ${key}`);
  }
  return found;
}

describe('firstAtLeast', () => {
  it('finds the first running total at least the target', () => {
    const cumulative = [1, 3, 3, 6];
    expect([0, 0.5, 1, 1.01, 3, 3.5, 6].map((target) => firstAtLeast(cumulative, target))).toEqual([0, 0, 0, 1, 1, 3, 3]);
  });

  it('skips zero-weight entries, whose running total equals the one before', () => {
    expect(firstAtLeast([2, 2, 5], 2.5)).toBe(2);
  });
});

describe('sectorPair', () => {
  it('is symmetric and covers every pair of sectors', () => {
    for (const a of SECTORS) {
      for (const b of SECTORS) {
        expect(sectorPair(a, b)).toEqual(sectorPair(b, a));
      }
    }
  });

  it('makes every sector likelier to work with its own sector than with any other: silos', () => {
    for (const sector of SECTORS) {
      for (const other of SECTORS.filter((s) => s !== sector)) expect(sectorPair(sector, sector).affinity).toBeGreaterThan(sectorPair(sector, other).affinity);
    }
  });

  it('makes NHS–NHS ties commoner and stronger than NHS–VCSE ties', () => {
    expect(sectorPair('NHS', 'NHS').affinity).toBeGreaterThan(sectorPair('NHS', 'VCSE').affinity);
    expect(sectorPair('NHS', 'NHS').strength).toBeGreaterThan(sectorPair('NHS', 'VCSE').strength);
  });
});

describe('watchedCounts', () => {
  it('gives at least four one-sided and three weakening relationships, more for larger systems', () => {
    expect(watchedCounts(120)).toEqual({ oneSided: 4, weakening: 3 });
    expect(watchedCounts(997)).toEqual({ oneSided: 7, weakening: 3 });
  });
});

describe('relationshipTypeWeights', () => {
  const icb = system.organisations.find((candidate) => candidate.kind === 'ICB') as DemoOrganisation;
  const vcse = system.organisations.filter((candidate) => candidate.kind === 'VCSE');
  const weightOf = (weights: ReturnType<typeof relationshipTypeWeights>, type: string) =>
    weights.find((weight) => weight.value === type)?.weight ?? 0;

  it('makes relationships with the ICB mostly formal agreements', () => {
    const weights = relationshipTypeWeights(icb, vcse[0], false);
    expect(weightOf(weights, 'FORMAL_AGREEMENT')).toBeGreaterThan(weightOf(weights, 'INFORMAL'));
  });

  it('makes relationships between forum partners mostly joint programmes, and between charities mostly informal', () => {
    const [a, b] = system.organisations.filter((candidate) => candidate.kind === 'COMMUNITY_TRUST');
    const forum = relationshipTypeWeights(a, b, true);
    expect(weightOf(forum, 'JOINT_PROGRAMME')).toBeGreaterThan(weightOf(forum, 'FORMAL_AGREEMENT'));
    const charities = relationshipTypeWeights(vcse[0], vcse[1], false);
    expect(weightOf(charities, 'INFORMAL')).toBeGreaterThan(weightOf(charities, 'JOINT_PROGRAMME') + weightOf(charities, 'FORMAL_AGREEMENT'));
  });
});

describe('buildSurveyPanel', () => {
  it('gives the same panel for the same seed and a different one for another', () => {
    expect(buildSurveyPanel(seededFaker([1, 3]), system)).toEqual(panel);
    expect(buildSurveyPanel(seededFaker([2, 3]), system)).not.toEqual(panel);
  });

  it('has everyone in the system, in order, each with their own organisation', () => {
    expect(panel.panellists.map((panellist) => panellist.person)).toEqual(system.people);
    for (const { person, organisation: own } of panel.panellists) {
      expect(own.key).toBe(person.organisationKey);
    }
  });

  it('gives everyone two to six distinct partners, never their own organisation, all sharing a place with it', () => {
    for (const { organisation: own, ties } of panel.panellists) {
      expect(ties.length).toBeGreaterThanOrEqual(2);
      expect(ties.length).toBeLessThanOrEqual(6);
      const partnerKeys = ties.map((tie) => tie.partnerKey);
      expect(new Set(partnerKeys).size).toBe(partnerKeys.length);
      expect(partnerKeys).not.toContain(own.key);
      for (const key of partnerKeys) {
        expect(organisation(key).placeKeys.some((placeKey) => own.placeKeys.includes(placeKey))).toBe(true);
      }
    }
  });

  it('names the ICB and forum partners often: system-wide bodies are partners to nearly everyone', () => {
    const ties = panel.panellists.flatMap((panellist) => panellist.ties);
    const namings = new Map<string, number>();
    for (const tie of ties) {
      namings.set(tie.partnerKey, (namings.get(tie.partnerKey) ?? 0) + 1);
    }
    const mostNamed = [...namings].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(mostNamed.map(([key]) => organisation(key).kind)).toContain('ICB');
    for (const [key] of mostNamed) {
      expect(organisation(key).placeKeys).toEqual(system.places.map((place) => place.key));
    }
    expect(ties.filter((tie) => tie.sharesForum).length / ties.length).toBeGreaterThan(0.3);
  });

  it('watches four one-sided and three weakening relationships, each seen from both sides by everyone there', () => {
    expect(panel.watched.filter((relationship) => relationship.kind === 'ONE_SIDED')).toHaveLength(4);
    expect(panel.watched.filter((relationship) => relationship.kind === 'WEAKENING')).toHaveLength(3);
    for (const { kind, firstKey, secondKey } of panel.watched) {
      expect(firstKey).not.toBe(secondKey);
      for (const [from, to, side] of [
        [firstKey, secondKey, kind === 'ONE_SIDED' ? 'ONE_SIDED_HIGH' : 'WEAKENING'],
        [secondKey, firstKey, kind === 'ONE_SIDED' ? 'ONE_SIDED_LOW' : 'WEAKENING'],
      ]) {
        const staff = panel.panellists.filter((panellist) => panellist.organisation.key === from);
        expect(staff.length).toBeGreaterThan(0);
        for (const panellist of staff) {
          expect(panellist.ties.find((tie) => tie.partnerKey === to)?.watched).toBe(side);
        }
      }
    }
    const cluster = panel.broker ? [panel.broker.brokerKey, ...panel.broker.clusterKeys] : [];
    expect([...panel.engagedOrganisationKeys].sort()).toEqual(
      [...new Set([...panel.watched.flatMap((relationship) => [relationship.firstKey, relationship.secondKey]), ...cluster])].sort(),
    );
  });

  it('puts the first weakening relationship in the first place, whose lead the demo signs in as', () => {
    const [first] = panel.watched.filter((relationship) => relationship.kind === 'WEAKENING');
    for (const key of [first.firstKey, first.secondKey]) expect(organisation(key).placeKeys).toContain(system.places[0].key);
  });

  it('has a broker in the first place whose small charities work with it and each other only, and rate it every month', () => {
    const broker = panel.broker;
    expect(broker).not.toBeNull();
    const cluster = new Set(broker?.clusterKeys);
    expect(cluster.size).toBe(3);
    for (const key of [broker?.brokerKey as string, ...cluster]) {
      expect(organisation(key).kind).toBe('VCSE');
      expect(organisation(key).placeKeys).toEqual([system.places[0].key]);
    }
    for (const { organisation: own, ties } of panel.panellists) {
      const partners = ties.map((tie) => tie.partnerKey);
      if (cluster.has(own.key)) {
        expect(partners).toContain(broker?.brokerKey);
        expect(partners.every((key) => key === broker?.brokerKey || cluster.has(key))).toBe(true);
      } else if (own.key === broker?.brokerKey) {
        // The broker's people rate the cluster and two partners beyond it: the bridge.
        expect(partners.filter((key) => !cluster.has(key)).length).toBeGreaterThanOrEqual(2);
      } else {
        expect(partners.some((key) => cluster.has(key))).toBe(false);
      }
    }
  });

  it('keeps apart three pairs the decision log affects together: neither ever rates the other', () => {
    const coAffected = [
      { a: 'northshire-county-council', b: 'northshire-integrated-care-board', decisions: 9 },
      { a: system.organisations[5].key, b: system.organisations[6].key, decisions: 5 },
      { a: system.organisations[7].key, b: system.organisations[8].key, decisions: 4 },
      { a: system.organisations[9].key, b: system.organisations[10].key, decisions: 4 },
      { a: system.organisations[11].key, b: system.organisations[12].key, decisions: 3 },
    ];
    const apart = buildSurveyPanel(seededFaker([1, 3]), system, coAffected);
    // Not the ICB, and not a pair affected together fewer than four times.
    expect(apart.keptApart.length).toBeGreaterThanOrEqual(2);
    expect(apart.keptApart.length).toBeLessThanOrEqual(3);
    for (const [a, b] of apart.keptApart) {
      expect([a, b]).not.toContain('northshire-integrated-care-board');
      expect(coAffected.find((pair) => pair.a === a && pair.b === b)?.decisions).toBeGreaterThanOrEqual(4);
      for (const { organisation: own, ties } of apart.panellists) {
        if (own.key === a) expect(ties.map((tie) => tie.partnerKey)).not.toContain(b);
        if (own.key === b) expect(ties.map((tie) => tie.partnerKey)).not.toContain(a);
      }
    }
    expect(panel.keptApart).toEqual([]);
  });

  it('pairs a big NHS body rating high with a smaller local partner rating low', () => {
    for (const { firstKey, secondKey } of panel.watched.filter((relationship) => relationship.kind === 'ONE_SIDED')) {
      expect(['ICB', 'ACUTE_TRUST', 'MENTAL_HEALTH_TRUST']).toContain(organisation(firstKey).kind);
      expect(organisation(secondKey).placeKeys.length).toBeLessThan(system.places.length);
    }
  });

  it('shares strength and type between the people of one organisation', () => {
    const tiesByKey = new Map<string, string>();
    for (const { organisation: own, ties } of panel.panellists) {
      for (const tie of ties) {
        const key = `${own.key}>${tie.partnerKey}`;
        const seen = tiesByKey.get(key);
        expect(seen === undefined || seen === JSON.stringify(tie)).toBe(true);
        tiesByKey.set(key, JSON.stringify(tie));
      }
    }
  });
});
