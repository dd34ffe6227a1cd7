import { PRACTICE_KEYS, type PracticeKey } from '@stewardship/domain';
import { networkMetrics, organisationTies, sectorMixing, weakLinks, type OrganisationTie } from '@stewardship/network';
import { CONTACT_FREQUENCIES, RELATIONSHIP_TYPES, type DemoPracticeResponse, type DemoRelationshipRating, type DemoSurvey } from './demo-survey';
import type { DemoOrganisation, DemoPerson, DemoSystem } from './demo-system';
import { DEFAULT_DEMO_SEED, generateDemoSystem } from './generate-demo-system';
import { coAffectedPairs, generateDemoDecisions } from './generate-demo-decisions';
import { DEFAULT_SURVEY_END_MONTH, DEFAULT_SURVEY_MONTHS, generateDemoSurvey, generateDemoSurveyMonths } from './generate-demo-survey';
import { buildSurveyPanel } from './survey-panel';
import { DEMO_STREAMS, seededFaker } from './seeded-faker';
import { monthsEnding } from './survey-months';
import { PRACTICE_COMMENTS } from './survey-texts';

const standard = generateDemoSystem();
const standardSurvey = generateDemoSurvey(standard);
const MONTHS = monthsEnding(DEFAULT_SURVEY_END_MONTH, DEFAULT_SURVEY_MONTHS);
const LIKERT = [1, 2, 3, 4, 5];

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = mean(xs.map((x, index) => (x - mx) * (ys[index] - my)));
  const spread = (values: readonly number[], centre: number) => Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
  return covariance / (spread(xs, mx) * spread(ys, my));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Lookups from a response or rating to the person and organisation behind it. */
function lookups(system: DemoSystem) {
  const people = new Map(system.people.map((person) => [person.key, person]));
  const organisations = new Map(system.organisations.map((organisation) => [organisation.key, organisation]));
  const personOf = (key: string): DemoPerson => {
    const person = people.get(key);
    if (!person) {
      throw new Error(`No person ${key}`);
    }
    return person;
  };
  const organisationOf = (key: string): DemoOrganisation => {
    const organisation = organisations.get(key);
    if (!organisation) {
      throw new Error(`No organisation ${key}`);
    }
    return organisation;
  };
  return { people, organisations, personOf, organisationOf, raterOf: (rating: DemoRelationshipRating) => organisationOf(personOf(rating.personKey).organisationKey) };
}

/** The monthly mean of one practice, in month order. */
function monthlyMeans(survey: DemoSurvey, practice: PracticeKey): number[] {
  const byMonth = groupBy(survey.responses, (response) => response.month);
  return survey.rounds.map((round) => mean((byMonth.get(round.month) ?? []).map((response) => response.scores[practice])));
}

/** Mean trust per directed organisation pair `from>to` in each month. */
function trustByPair(survey: DemoSurvey, system: DemoSystem): Map<string, Map<string, number>> {
  const { raterOf } = lookups(system);
  const result = new Map<string, Map<string, number>>();
  for (const [month, ratings] of groupBy(survey.ratings, (rating) => rating.month)) {
    const pairs = groupBy(ratings, (rating) => `${raterOf(rating).key}>${rating.organisationKey}`);
    result.set(month, new Map([...pairs].map(([pair, pairRatings]) => [pair, mean(pairRatings.map((rating) => rating.trust))])));
  }
  return result;
}

/** Pairs A>B where A's people rate B 4 or more on average and B's rate A 2 or less. */
function oneSidedPairs(trust: Map<string, number>): string[] {
  return [...trust].flatMap(([pair, value]) => {
    const [from, to] = pair.split('>');
    const back = trust.get(`${to}>${from}`);
    return value >= 4 && back !== undefined && back <= 2 ? [pair] : [];
  });
}

/** The invariants every generated survey must keep, whatever the system, seed or window. */
function describeInvariants(label: string, generate: () => { system: DemoSystem; survey: DemoSurvey }): void {
  describe(`invariants (${label})`, () => {
    const { system, survey } = generate();
    const { people, organisations, personOf, raterOf } = lookups(system);
    const roundMonths = survey.rounds.map((round) => round.month);

    it('dates every round from the 1st to the 21st of its month, oldest first, one per month', () => {
      expect(duplicates(roundMonths)).toEqual([]);
      expect([...roundMonths].sort()).toEqual(roundMonths);
      for (const round of survey.rounds) {
        expect(round.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(round.opensOn).toBe(`${round.month}-01`);
        expect(round.closesOn).toBe(`${round.month}-21`);
      }
    });

    it('puts every response and rating in a round', () => {
      expect(survey.responses.filter((response) => !roundMonths.includes(response.month))).toEqual([]);
      expect(survey.ratings.filter((rating) => !roundMonths.includes(rating.month))).toEqual([]);
    });

    it('has nobody answer twice in a month', () => {
      expect(duplicates(survey.responses.map((response) => `${response.month}|${response.personKey}`))).toEqual([]);
    });

    it('resolves every person and organisation key', () => {
      expect(survey.responses.filter((response) => !people.has(response.personKey))).toEqual([]);
      expect(survey.ratings.filter((rating) => !people.has(rating.personKey) || !organisations.has(rating.organisationKey))).toEqual([]);
    });

    it("has ratings only from the month's respondents, never of their own organisation, each partner once", () => {
      const answered = new Set(survey.responses.map((response) => `${response.month}|${response.personKey}`));
      expect(survey.ratings.filter((rating) => !answered.has(`${rating.month}|${rating.personKey}`))).toEqual([]);
      expect(survey.ratings.filter((rating) => personOf(rating.personKey).organisationKey === rating.organisationKey)).toEqual([]);
      expect(duplicates(survey.ratings.map((rating) => `${rating.month}|${rating.personKey}|${rating.organisationKey}`))).toEqual([]);
    });

    it('has everyone who answers rate two to six partners that share a place with them', () => {
      const ratingsByRespondent = groupBy(survey.ratings, (rating) => `${rating.month}|${rating.personKey}`);
      for (const response of survey.responses) {
        const count = ratingsByRespondent.get(`${response.month}|${response.personKey}`)?.length ?? 0;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(6);
      }
      for (const rating of survey.ratings) {
        const rated = organisations.get(rating.organisationKey);
        expect(rated?.placeKeys.some((placeKey) => raterOf(rating).placeKeys.includes(placeKey))).toBe(true);
      }
    });

    it('keeps every answer in range', () => {
      const badResponse = (response: DemoPracticeResponse) =>
        Object.keys(response.scores).sort().join() !== [...PRACTICE_KEYS].sort().join() ||
        PRACTICE_KEYS.some((practice) => !LIKERT.includes(response.scores[practice])) ||
        [response.direction, response.alignment, response.commitment].some((value) => !LIKERT.includes(value)) ||
        Object.keys(response.comments).length > 1 ||
        Object.entries(response.comments).some(([practice, comment]) => !(PRACTICE_KEYS as readonly string[]).includes(practice) || !comment);
      expect(survey.responses.filter(badResponse)).toEqual([]);
      const badRating = (rating: DemoRelationshipRating) =>
        !LIKERT.includes(rating.trust) ||
        !LIKERT.includes(rating.value) ||
        !CONTACT_FREQUENCIES.includes(rating.contactFrequency) ||
        !RELATIONSHIP_TYPES.includes(rating.type) ||
        !(rating.note === null || (typeof rating.note === 'string' && rating.note.length > 0));
      expect(survey.ratings.filter(badRating)).toEqual([]);
    });
  });
}

describeInvariants('standard, default seed', () => ({ system: standard, survey: standardSurvey }));
describeInvariants('standard, seed 5, 6 months to March 2025', () => {
  const system = generateDemoSystem({ seed: 5 });
  return { system, survey: generateDemoSurvey(system, { seed: 5, months: 6, endMonth: '2025-03' }) };
});

describe('generateDemoSurvey', () => {
  it('gives the same survey for the same system and seed, and a different one for another seed', () => {
    expect(generateDemoSurvey(standard, { seed: DEFAULT_DEMO_SEED })).toEqual(standardSurvey);
    expect(generateDemoSurvey(standard, { seed: 1 }).responses).not.toEqual(standardSurvey.responses);
  });

  it('is not disturbed by other generations in between', () => {
    const first = generateDemoSurvey(standard, { seed: 11, months: 2 });
    generateDemoSurvey(standard, { seed: 12, months: 2 });
    generateDemoSystem({ seed: 11 });
    expect(generateDemoSurvey(standard, { seed: 11, months: 2 })).toEqual(first);
  });

  it('gives a month the same rows whichever window it is generated in', () => {
    const window = generateDemoSurvey(standard, { months: 3, endMonth: '2025-12' });
    const inWindow = (row: { month: string }) => ['2025-10', '2025-11', '2025-12'].includes(row.month);
    expect(window.responses).toEqual(standardSurvey.responses.filter(inWindow));
    expect(window.ratings).toEqual(standardSurvey.ratings.filter(inWindow));
  });

  it('leaves the system as it was', () => {
    const before = JSON.stringify(generateDemoSystem());
    generateDemoSurvey(standard);
    expect(JSON.stringify(standard)).toBe(before);
  });

  it('runs 24 monthly rounds from November 2024 to October 2026 by default', () => {
    expect(standardSurvey.rounds.map((round) => round.month)).toEqual(MONTHS);
    expect(standardSurvey.rounds[0]).toEqual({ month: '2024-11', opensOn: '2024-11-01', closesOn: '2024-11-21' });
    expect(standardSurvey.rounds[23]).toEqual({ month: '2026-10', opensOn: '2026-10-01', closesOn: '2026-10-21' });
  });

  it('takes the number of months and the last month', () => {
    const survey = generateDemoSurvey(standard, { months: 3, endMonth: '2025-01' });
    expect(survey.rounds.map((round) => round.month)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(new Set(survey.responses.map((response) => response.month))).toEqual(new Set(['2024-11', '2024-12', '2025-01']));
  });

  it('refuses a bad number of months or a malformed end month', () => {
    expect(() => generateDemoSurvey(standard, { months: 0 })).toThrow(RangeError);
    expect(() => generateDemoSurvey(standard, { months: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoSurvey(standard, { endMonth: '2026-13' })).toThrow('Not a yyyy-mm month: 2026-13');
  });

  describe('volume at standard scale', () => {
    const byMonth = groupBy(standardSurvey.responses, (response) => response.month);
    const ratingsByMonth = groupBy(standardSurvey.ratings, (rating) => rating.month);

    it('has 150 to 250 responses and 600 to 900 relationship ratings a month', () => {
      for (const month of MONTHS) {
        expect(byMonth.get(month)?.length).toBeGreaterThanOrEqual(150);
        expect(byMonth.get(month)?.length).toBeLessThanOrEqual(250);
        expect(ratingsByMonth.get(month)?.length).toBeGreaterThanOrEqual(600);
        expect(ratingsByMonth.get(month)?.length).toBeLessThanOrEqual(900);
      }
    });

    it('has a comment on about one response in six, on one practice', () => {
      const commented = standardSurvey.responses.filter((response) => Object.keys(response.comments).length === 1).length;
      expect(commented / standardSurvey.responses.length).toBeGreaterThan(0.13);
      expect(commented / standardSurvey.responses.length).toBeLessThan(0.2);
    });

    it('fits a comment to its score: critical comments come with low scores', () => {
      for (const response of standardSurvey.responses) {
        for (const [practice, comment] of Object.entries(response.comments) as Array<[PracticeKey, string]>) {
          if (PRACTICE_COMMENTS[practice].critical.includes(comment)) {
            expect(response.scores[practice]).toBeLessThanOrEqual(2);
          }
        }
      }
    });
  });

  describe('group sizes at standard scale (default seed)', () => {
    const { personOf, organisationOf } = lookups(standard);
    const countsByMonth = (keysOf: (response: DemoPracticeResponse) => string[]) =>
      MONTHS.map((month) => {
        const counts = new Map<string, number>();
        for (const response of standardSurvey.responses.filter((candidate) => candidate.month === month)) {
          for (const key of keysOf(response)) {
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
        return counts;
      });
    const organisationOfResponse = (response: DemoPracticeResponse) => organisationOf(personOf(response.personKey).organisationKey);

    it('has five or more respondents in every sector and role group in most months', () => {
      const sectors = countsByMonth((response) => [organisationOfResponse(response).sector]);
      const roleGroups = countsByMonth((response) => [personOf(response.personKey).roleGroup]);
      for (const counts of [sectors, roleGroups]) {
        const groups = new Set(counts.flatMap((month) => [...month.keys()]));
        for (const group of groups) {
          expect(counts.filter((month) => (month.get(group) ?? 0) >= 5).length).toBeGreaterThanOrEqual(20);
        }
      }
    });

    it('has some role group within a place under five respondents in some months, so suppression has work', () => {
      const placeRoleGroups = countsByMonth((response) =>
        organisationOfResponse(response).placeKeys.map((placeKey) => `${placeKey}|${personOf(response.personKey).roleGroup}`),
      );
      const monthsWithSmallGroups = placeRoleGroups.filter((counts) => [...counts.values()].some((count) => count < 5));
      expect(monthsWithSmallGroups.length).toBeGreaterThanOrEqual(1);
      expect(monthsWithSmallGroups.length).toBeLessThan(MONTHS.length);
    });
  });

  describe.each([
    ['standard, default seed', () => ({ system: standard, survey: standardSurvey })],
    ['standard, seed 1', () => {
      const system = generateDemoSystem({ seed: 1 });
      return { system, survey: generateDemoSurvey(system, { seed: 1 }) };
    }],
  ])('the story the SPC charts show (%s)', (_label, generate) => {
    const { system, survey } = generate();
    const { personOf, organisationOf } = lookups(system);

    it('lifts shared purpose by at least 0.3 from month 13', () => {
      const means = monthlyMeans(survey, 'SHARED_PURPOSE');
      expect(mean(means.slice(12)) - mean(means.slice(0, 12))).toBeGreaterThanOrEqual(0.3);
    });

    it('has sharing power fall in at least 6 of the last 7 month-on-month changes', () => {
      const lastEight = monthlyMeans(survey, 'SHARING_POWER').slice(-8);
      const falls = lastEight.slice(1).filter((value, index) => value < lastEight[index]).length;
      expect(falls).toBeGreaterThanOrEqual(6);
    });

    it('keeps a safe environment flat: first and second halves within 0.15', () => {
      const means = monthlyMeans(survey, 'SAFE_ENVIRONMENT');
      expect(Math.abs(mean(means.slice(12)) - mean(means.slice(0, 12)))).toBeLessThanOrEqual(0.15);
    });

    it('has VCSE respondents rate sharing power and a safe environment below NHS respondents', () => {
      const bySector = groupBy(survey.responses, (response) => organisationOf(personOf(response.personKey).organisationKey).sector);
      for (const practice of ['SHARING_POWER', 'SAFE_ENVIRONMENT'] as const) {
        const sectorMean = (sector: string) => mean((bySector.get(sector) ?? []).map((response) => response.scores[practice]));
        expect(sectorMean('NHS') - sectorMean('VCSE')).toBeGreaterThan(0.4);
      }
    });

    it("ties direction, alignment and commitment to the respondent's mean practice score", () => {
      const meanScores = survey.responses.map((response) => mean(PRACTICE_KEYS.map((practice) => response.scores[practice])));
      for (const outcome of ['direction', 'alignment', 'commitment'] as const) {
        expect(correlation(meanScores, survey.responses.map((response) => response[outcome]))).toBeGreaterThan(0.4);
      }
    });
  });

  describe('relationships (default seed)', () => {
    const { raterOf, organisationOf } = lookups(standard);
    const trust = trustByPair(standardSurvey, standard);

    it('has one-sided pairs, A rating B 4–5 while B rates A 1–2, in every month', () => {
      for (const month of MONTHS) {
        expect(oneSidedPairs(trust.get(month) ?? new Map()).length).toBeGreaterThanOrEqual(1);
      }
    });

    it('has relationships that weaken on both sides over the last six months', () => {
      const early = MONTHS.slice(0, 18);
      const late = MONTHS.slice(-3);
      const pairMean = (pair: string, months: string[]) =>
        mean(months.flatMap((month) => {
          const value = trust.get(month)?.get(pair);
          return value === undefined ? [] : [value];
        }));
      const weakening = [...(trust.get(MONTHS[0])?.keys() ?? [])].filter((pair) => {
        const reverse = pair.split('>').reverse().join('>');
        return pairMean(pair, early) - pairMean(pair, late) >= 1.5 && pairMean(reverse, early) - pairMean(reverse, late) >= 1.5;
      });
      expect(weakening.length).toBeGreaterThanOrEqual(2);
    });

    it('makes NHS–NHS ties stronger than NHS–VCSE ties', () => {
      const between = (a: string, b: string) =>
        standardSurvey.ratings.filter((rating) => {
          const sectors = [raterOf(rating).sector, organisationOf(rating.organisationKey).sector];
          return (sectors[0] === a && sectors[1] === b) || (sectors[0] === b && sectors[1] === a);
        });
      const nhsNhs = between('NHS', 'NHS');
      const nhsVcse = between('NHS', 'VCSE');
      expect(mean(nhsNhs.map((rating) => rating.trust))).toBeGreaterThan(mean(nhsVcse.map((rating) => rating.trust)) + 0.4);
      expect(nhsNhs.length / standardSurvey.ratings.length).toBeGreaterThan(0.2);
    });

    it('uses every contact frequency and relationship type, with a note on some ratings', () => {
      expect(new Set(standardSurvey.ratings.map((rating) => rating.contactFrequency))).toEqual(new Set(CONTACT_FREQUENCIES));
      expect(new Set(standardSurvey.ratings.map((rating) => rating.type))).toEqual(new Set(RELATIONSHIP_TYPES));
      const noted = standardSurvey.ratings.filter((rating) => rating.note !== null).length / standardSurvey.ratings.length;
      expect(noted).toBeGreaterThan(0.05);
      expect(noted).toBeLessThan(0.2);
    });
  });

  describe('network (default seed), as libs/network reads it', () => {
    const { raterOf } = lookups(standard);
    const decisions = generateDemoDecisions(standard);
    const panel = buildSurveyPanel(seededFaker([DEFAULT_DEMO_SEED, DEMO_STREAMS.survey]), standard, coAffectedPairs(decisions, MONTHS[12], DEFAULT_SURVEY_END_MONTH));
    const firstPlace = standard.organisations.filter((o) => o.placeKeys.includes(standard.places[0].key));
    /** A month's organisation ties among `partners`. */
    const tiesOf = (month: string, partners: readonly DemoOrganisation[]): OrganisationTie[] => {
      const keys = new Set(partners.map((o) => o.key));
      return organisationTies(
        standardSurvey.ratings
          .filter((r) => r.month === month && keys.has(r.organisationKey) && keys.has(raterOf(r).key))
          .map((r) => ({ from: raterOf(r).key, to: r.organisationKey, trust: r.trust, value: r.value, contactFrequency: r.contactFrequency })),
      );
    };
    const weighted = (ties: OrganisationTie[]) => ties.map((t) => ({ source: t.source, target: t.target, weight: t.strength }));
    const nodesOf = (partners: readonly DemoOrganisation[]) => partners.map((o) => ({ id: o.key, sector: o.sector }));

    it("has the first place's broker as the one partner whose departure splits it, in every month", () => {
      for (const month of MONTHS) {
        expect(networkMetrics(nodesOf(firstPlace), weighted(tiesOf(month, firstPlace))).articulationPoints).toContain(panel.broker?.brokerKey);
      }
      expect(networkMetrics(nodesOf(firstPlace), weighted(tiesOf(DEFAULT_SURVEY_END_MONTH, firstPlace))).articulationPoints).toEqual([panel.broker?.brokerKey]);
    });

    it('keeps ties mostly within sectors: the E–I index is below 0 every month', () => {
      for (const month of MONTHS) {
        const ties = weighted(tiesOf(month, standard.organisations));
        const metrics = networkMetrics(nodesOf(standard.organisations), ties);
        expect(sectorMixing(nodesOf(standard.organisations), ties, new Map(metrics.nodes.map((n) => [n.id, n.community]))).eiIndex).toBeLessThan(-0.1);
      }
    });

    it('flags the weakening relationships as declining, the pairs kept apart as missing, and one-sided ties, in the last month', () => {
      const window = MONTHS.slice(-4).map((month) => ({ month, ties: tiesOf(month, standard.organisations) }));
      const coAffected = coAffectedPairs(decisions, MONTHS[12], DEFAULT_SURVEY_END_MONTH);
      const links = weakLinks({ months: window, nodes: standard.organisations.map((o) => ({ id: o.key, name: o.name, sector: o.sector })), coAffected });
      const flagged = (kind: string, a: string, b: string) => links.some((l) => l.kind === kind && [l.source, l.target].sort().join('|') === [a, b].sort().join('|'));
      const weakening = panel.watched.filter((w) => w.kind === 'WEAKENING');
      expect(weakening.length).toBeGreaterThanOrEqual(3);
      for (const { firstKey, secondKey } of weakening) expect(flagged('DECLINING', firstKey, secondKey)).toBe(true);
      for (const { firstKey, secondKey } of panel.watched.filter((w) => w.kind === 'ONE_SIDED')) expect(flagged('ONE_SIDED', firstKey, secondKey)).toBe(true);
      expect(panel.keptApart.length).toBe(3);
      for (const [a, b] of panel.keptApart) expect(flagged('MISSING', a, b)).toBe(true);
      // Kept apart in every month: neither ever rates the other.
      for (const [a, b] of panel.keptApart) {
        expect(standardSurvey.ratings.some((r) => [raterOf(r).key, r.organisationKey].sort().join('|') === [a, b].sort().join('|'))).toBe(false);
      }
    });
  });

  describe('large scale (one month: the generator yields a month at a time, so a loader holds one)', () => {
    const large = generateDemoSystem({ scale: 'large' });
    const decisions = generateDemoDecisions(large);
    const started = performance.now();
    const [month] = generateDemoSurveyMonths(large, { months: 1, decisions });
    const elapsed = performance.now() - started;
    const { people, organisations } = lookups(large);

    it('has about 21,000 responses a month: about 4,800 from the named panel, each once, and the rest from staff', () => {
      const total = month.responses.length + month.staffResponses.length;
      expect(total).toBeGreaterThan(20_000);
      expect(total).toBeLessThan(22_000);
      expect(month.responses.length).toBeGreaterThan(4_000);
      expect(month.responses.length).toBeLessThan(5_500);
      expect(duplicates(month.responses.map((response) => response.personKey))).toEqual([]);
    });

    it('has 18,000 to 20,500 relationship ratings a month, all from panel respondents', () => {
      expect(month.ratings.length).toBeGreaterThanOrEqual(18_000);
      expect(month.ratings.length).toBeLessThanOrEqual(20_500);
      const answered = new Set(month.responses.map((response) => response.personKey));
      expect(month.ratings.filter((rating) => !answered.has(rating.personKey))).toEqual([]);
    });

    it('gives each staff response a partner of the system, a role group its people have, and six practice scores', () => {
      const roleGroupsByOrganisation = new Map<string, Set<string>>();
      for (const person of people.values()) roleGroupsByOrganisation.set(person.organisationKey, (roleGroupsByOrganisation.get(person.organisationKey) ?? new Set()).add(person.roleGroup));
      expect(month.staffResponses.filter((r) => !organisations.has(r.organisationKey) || !roleGroupsByOrganisation.get(r.organisationKey)?.has(r.roleGroup))).toEqual([]);
      expect(month.staffResponses.filter((r) => PRACTICE_KEYS.some((practice) => !LIKERT.includes(r.scores[practice])))).toEqual([]);
      expect(month.round).toEqual({ month: DEFAULT_SURVEY_END_MONTH, opensOn: `${DEFAULT_SURVEY_END_MONTH}-01`, closesOn: `${DEFAULT_SURVEY_END_MONTH}-21` });
    });

    it('keeps the one-sided pairs for the network to find', () => {
      const trust = trustByPair({ rounds: [month.round], responses: month.responses, ratings: month.ratings }, large);
      expect(oneSidedPairs(trust.get(DEFAULT_SURVEY_END_MONTH) ?? new Map()).length).toBeGreaterThanOrEqual(3);
    });

    it('generates a month quickly', () => {
      // About 0.7 s with the panel on a quiet machine; the margin is for slow or busy test machines.
      expect(elapsed).toBeLessThan(8000);
    });
  });

  it('gives the same months one at a time as all at once', () => {
    const months = [...generateDemoSurveyMonths(standard, { months: 3 })];
    const whole = generateDemoSurvey(standard, { months: 3 });
    expect(months.map((m) => m.round)).toEqual(whole.rounds);
    expect(months.flatMap((m) => m.responses)).toEqual(whole.responses);
    expect(months.flatMap((m) => m.ratings)).toEqual(whole.ratings);
    expect(months.flatMap((m) => m.staffResponses)).toEqual([]);
  });
});
