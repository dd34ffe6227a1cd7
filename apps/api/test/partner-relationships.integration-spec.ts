import { PRACTICE_KEYS, ROLES } from '@stewardship/domain';
import { SECONDARY_SUPPRESSION_REASON, smallGroupReason } from '@stewardship/scores';
import { randomUUID } from 'node:crypto';
import { PersonEntity } from '../src/people/person.entity';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;
const NOTE = 'Private note: their director shouted at me';
const SUMMARY = `query($o: ID!, $m: String) {
  partnerRelationshipSummary(organisationId: $o, month: $m) {
    organisationId month ratedMonths minimumGroupSize
    given { suppressed suppressionReason respondents partnersRated ratings }
    received { suppressed suppressionReason respondents ratingOrganisations ratings meanTrust meanValue }
  }
}`;

/** Who answers: `count` people of one partner, each rating the same partners with the same trust and value. */
interface Respondents {
  partner: 'Trust' | 'Carers' | 'Foodbank';
  count: number;
  rates: { partner: 'Trust' | 'Carers' | 'Foodbank'; trust: number; value: number }[];
}

/**
 * Trust (NHS): 4 respondents, each rating Carers (trust 4, value 3) and Foodbank (5, 4).
 * Carers (VCSE): 3 respondents, each rating Trust (2, 5).
 * Foodbank (VCSE): 1 respondent, rating Trust (5, 1) and Carers (3, 2).
 * Council (local government): no respondents, no ratings.
 */
const ANSWERS: Respondents[] = [
  { partner: 'Trust', count: 4, rates: [{ partner: 'Carers', trust: 4, value: 3 }, { partner: 'Foodbank', trust: 5, value: 4 }] },
  { partner: 'Carers', count: 3, rates: [{ partner: 'Trust', trust: 2, value: 5 }] },
  { partner: 'Foodbank', count: 1, rates: [{ partner: 'Trust', trust: 5, value: 1 }, { partner: 'Carers', trust: 3, value: 2 }] },
];

describe("a partner's relationship ratings in aggregate", () => {
  let api: TestApp;
  let system: FixtureSystem;
  let other: FixtureSystem;
  let leader: string;
  const month = new Date().toISOString().slice(0, 7);
  const id = (name: string) => system.organisations.find((o) => o.name === `North ${name}`)!.id;
  const summary = async (organisationId: string, cookie = leader, m?: string) => {
    const result = await api.graphql(SUMMARY, { o: organisationId, m }, cookie);
    expect(result.errors).toBeUndefined();
    return result.data?.['partnerRelationshipSummary'];
  };

  beforeAll(async () => {
    api = await startTestApp();
    system = await createSystem(api.dataSource, 'North ICS', ['North Place'], [
      { name: 'North Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['North Place'] },
      { name: 'North Carers', kind: 'VCSE', sector: 'VCSE', places: ['North Place'] },
      { name: 'North Foodbank', kind: 'VCSE', sector: 'VCSE', places: ['North Place'] },
      { name: 'North Council', kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', places: ['North Place'] },
    ]);
    other = await createSystem(api.dataSource, 'South ICS', ['South Place'], [{ name: 'South Trust', sector: 'NHS', kind: 'ACUTE_TRUST' }]);
    const people = await api.dataSource.getRepository(PersonEntity).save(
      ANSWERS.flatMap(({ partner, count }) =>
        Array.from({ length: count }, (_, i) => ({
          systemId: system.system.id, name: `${partner} respondent ${i}`, email: `${partner.toLowerCase()}-${i}@north.test`, organisationId: id(partner),
          roleGroup: 'OPERATIONAL', externalId: null, archivedAt: null,
        })),
      ) as PersonEntity[],
    );
    const admin = await api.signIn(system.users.ADMIN, PASSWORD);
    expect(errorCodes(await api.graphql('mutation { setMinimumGroupSize(size: 3) }', {}, admin))).toEqual([]);
    const opened = await api.graphql(
      'mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { links { url invitation { person { id } } } } }',
      { i: { month, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: people.map((p) => p.id) } },
      admin,
    );
    expect(opened.errors).toBeUndefined();
    const links: { url: string; invitation: { person: { id: string } } }[] = opened.data?.['openSurveyRound'].links;
    for (const person of people) {
      const { rates } = ANSWERS.find((a) => id(a.partner) === person.organisationId)!;
      const token = links.find((l) => l.invitation.person.id === person.id)!.url.split('/survey/')[1];
      const answers = {
        practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: 3, comment: null })),
        direction: 3, alignment: 3, commitment: 3,
        relationships: rates.map((r) => ({ organisationId: id(r.partner), trust: r.trust, value: r.value, contactFrequency: 'MONTHLY', type: 'INFORMAL', note: NOTE })),
      };
      expect(errorCodes(await api.graphql('mutation($t: String!, $a: SurveyAnswersInput!) { submitSurvey(token: $t, answers: $a) }', { t: token, a: answers }))).toEqual([]);
    }
    leader = await api.signIn(system.users.LEADER, PASSWORD);
  }, 120_000);
  afterAll(() => api?.close());

  it("publishes what a partner with enough respondents gave and received, worked by hand from the ratings, and never a note", async () => {
    const trust = await summary(id('Trust'));
    expect(trust).toEqual({
      organisationId: id('Trust'),
      month,
      ratedMonths: [month],
      minimumGroupSize: 3,
      // 4 respondents × 2 partners = 8 ratings of Carers and Foodbank.
      given: { suppressed: false, suppressionReason: null, respondents: 4, partnersRated: 2, ratings: 8 },
      // From Carers 3 × (2, 5) and Foodbank 1 × (5, 1): trust (6 + 5) / 4 = 2.75, value (15 + 1) / 4 = 4.
      received: { suppressed: false, suppressionReason: null, respondents: 4, ratingOrganisations: 2, ratings: 4, meanTrust: 2.75, meanValue: 4 },
    });
    // Carers were rated by Trust 4 × (4, 3) and Foodbank 1 × (3, 2): trust 19 / 5 = 3.8, value 14 / 5 = 2.8.
    expect((await summary(id('Carers'))).received).toEqual({ suppressed: false, suppressionReason: null, respondents: 5, ratingOrganisations: 2, ratings: 5, meanTrust: 3.8, meanValue: 2.8 });
    expect(JSON.stringify(await api.graphql(SUMMARY, { o: id('Foodbank') }, leader))).not.toContain('shouted');
  });

  it('hides a partner with fewer respondents than the minimum, and the partner it would be subtracted from', async () => {
    // Foodbank gave ratings from 1 respondent: alone it is too small, so it joins Carers (same sector and kind), whose
    // 3 respondents' figures would otherwise give Foodbank's away as the total less everyone else's.
    const hiddenGiven = { suppressed: true, respondents: null, partnersRated: null, ratings: null };
    expect((await summary(id('Foodbank'))).given).toEqual({ ...hiddenGiven, suppressionReason: smallGroupReason(3) });
    expect((await summary(id('Carers'))).given).toEqual({ ...hiddenGiven, suppressionReason: SECONDARY_SUPPRESSION_REASON });
    const council = await summary(id('Council'));
    expect(council.given.suppressionReason).toBe(smallGroupReason(3));
    expect(council.received).toMatchObject({ suppressed: true, suppressionReason: smallGroupReason(3), meanTrust: null, meanValue: null, ratings: null });

    const admin = await api.signIn(system.users.ADMIN, PASSWORD);
    expect(errorCodes(await api.graphql('mutation { setMinimumGroupSize(size: 5) }', {}, admin))).toEqual([]);
    try {
      // Trust was rated by 4 respondents: below 5 now.
      expect((await summary(id('Trust'))).received).toMatchObject({ suppressed: true, suppressionReason: smallGroupReason(5), meanTrust: null, ratings: null });
    } finally {
      await api.graphql('mutation { setMinimumGroupSize(size: 3) }', {}, admin);
    }
  });

  it('summarises a month without ratings as hidden, and names the month when it is not yyyy-mm', async () => {
    const earlier = await summary(id('Trust'), leader, '2020-01');
    expect(earlier).toMatchObject({ month: '2020-01', ratedMonths: [month], given: { suppressed: true }, received: { suppressed: true } });
    const bad = await api.graphql(SUMMARY, { o: id('Trust'), m: '2026-13' }, leader);
    expect(bad.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'month', message: expect.stringContaining('yyyy-mm') }]);
  });

  it("lets every role of the system read it, and finds no partner of another system", async () => {
    for (const role of ROLES) {
      const cookie = await api.signIn(system.users[role], PASSWORD);
      expect((await summary(id('Trust'), cookie)).received.meanTrust).toBe(2.75);
    }
    const outsider = await api.signIn(other.users.LEADER, PASSWORD);
    expect(await summary(id('Trust'), outsider)).toBeNull();
    for (const organisationId of [other.organisations[0].id, randomUUID(), 'not-an-id']) expect(await summary(organisationId)).toBeNull();
    expect(errorCodes(await api.graphql(SUMMARY, { o: id('Trust') }))).toEqual(['UNAUTHENTICATED']);
  });
});
