import { PRACTICE_KEYS } from '@stewardship/domain';
import { PersonEntity } from '../src/people/person.entity';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const OPEN = `mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { round { id month status invitationCount } links { url invitation { id person { email } } } } }`;
const FORM = `query($t: String!) { surveyByToken(token: $t) { roundMonth organisationName partners { id name } answers { practiceScores { practice score comment } direction relationships { organisationId trust } } savedAt } }`;
const SAVE = `mutation($t: String!, $a: SurveyAnswersInput!) { saveSurveyAnswers(token: $t, answers: $a) }`;
const SUBMIT = `mutation($t: String!, $a: SurveyAnswersInput!) { submitSurvey(token: $t, answers: $a) }`;
const SCORES = `query($f: ScoreFilter) { practiceScores(filter: $f, months: 3) { practice points { month n mean suppressed distribution } } }`;

const DAY = 86_400_000;
const tokenOf = (url: string) => url.split('/survey/')[1];
const answers = (score: number, relationships: Record<string, unknown>[] = []) => ({
  practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score, comment: null })),
  direction: score,
  alignment: score,
  commitment: score,
  relationships,
});

describe('the monthly pulse survey and the practice scores', () => {
  let api: TestApp;
  let fixture: FixtureSystem;
  let admin: string;
  let tokens: string[];
  let roundId: string;
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => api.graphql(query, variables, token);
  const thisMonth = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await createSystem(api.dataSource, 'Survey ICS', ['Ashby'], [
      { name: 'Survey Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Ashby'] },
      { name: 'Survey Carers', kind: 'VCSE', sector: 'VCSE', places: ['Ashby'] },
    ]);
    const [trust, carers] = fixture.organisations;
    const people = await api.dataSource.getRepository(PersonEntity).save(
      Array.from({ length: 9 }, (_, i) => ({
        systemId: fixture.system.id, name: `Respondent ${i}`, email: `respondent${i}@survey.test`,
        organisationId: i < 6 ? trust.id : carers.id, roleGroup: i < 6 ? 'CLINICAL' : 'VCSE', externalId: null, archivedAt: null,
      })) as PersonEntity[],
    );
    admin = await api.signIn(fixture.users.ADMIN, PASSWORD);
    const opened = await gql(OPEN, { i: { month: thisMonth, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: people.map((p) => p.id) } }, admin);
    expect(errorCodes(opened)).toEqual([]);
    roundId = opened.data?.['openSurveyRound'].round.id;
    expect(opened.data?.['openSurveyRound'].round).toMatchObject({ month: thisMonth, status: 'OPEN', invitationCount: 9 });
    tokens = opened.data?.['openSurveyRound'].links.map((l: { url: string }) => tokenOf(l.url));
    expect(tokens.every((t) => /^[A-Za-z0-9_-]{43}$/.test(t))).toBe(true);
  });
  afterAll(() => api.close());

  it("shows a respondent only their form: the round, their organisation's name and the partners they may rate", async () => {
    const form = await gql(FORM, { t: tokens[0] });
    expect(form.data?.['surveyByToken']).toMatchObject({ roundMonth: thisMonth, organisationName: 'Survey Trust', partners: [{ name: 'Survey Carers' }], savedAt: null });
    // The link is not a sign-in: nothing else can be read with it.
    expect(errorCodes(await gql('{ organisations { totalCount } }', {}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(FORM, { t: 'made-up-token' }))).toEqual(['NOT_FOUND']);
  });

  it('saves progress so the respondent can come back with the same link', async () => {
    const draft = { practiceScores: [{ practice: 'SHARED_PURPOSE', score: 4, comment: 'Clearer since the joint plan' }], relationships: [] };
    expect(errorCodes(await gql(SAVE, { t: tokens[0], a: draft }))).toEqual([]);
    const form = await gql(FORM, { t: tokens[0] });
    expect(form.data?.['surveyByToken'].answers.practiceScores).toEqual([{ practice: 'SHARED_PURPOSE', score: 4, comment: 'Clearer since the joint plan' }]);
    expect(form.data?.['surveyByToken'].savedAt).not.toBeNull();
  });

  it('refuses out-of-range ratings and a rating of their own organisation, naming the field, and stores nothing', async () => {
    const [trust, carers] = fixture.organisations;
    const bad = answers(4, [{ organisationId: carers.id, trust: 6, value: 3, contactFrequency: 'MONTHLY', type: 'INFORMAL' }, { organisationId: trust.id, trust: 5, value: 5, contactFrequency: 'WEEKLY', type: 'INFORMAL' }]);
    bad.practiceScores[0].score = 0;
    const result = await gql(SUBMIT, { t: tokens[1], a: bad });
    expect(result.errors?.[0].extensions?.['fieldErrors'].map((e: { field: string }) => e.field)).toEqual([
      'practiceScores.SAFE_ENVIRONMENT',
      `relationships.${carers.id}.trust`,
      `relationships.${trust.id}.organisationId`,
    ]);
    expect((await api.dataSource.query('select count(*)::int as n from survey_responses'))[0].n).toBe(0);
  });

  it('accepts one submission per link, without anything that names the respondent', async () => {
    const carers = fixture.organisations[1];
    const rating = { organisationId: carers.id, trust: 4, value: 5, contactFrequency: 'MONTHLY', type: 'JOINT_PROGRAMME', note: null };
    expect((await gql(SUBMIT, { t: tokens[0], a: answers(4, [rating]) })).data).toEqual({ submitSurvey: true });
    expect(errorCodes(await gql(SUBMIT, { t: tokens[0], a: answers(1) }))).toEqual(['SURVEY_SUBMITTED']);
    expect(errorCodes(await gql(FORM, { t: tokens[0] }))).toEqual(['SURVEY_SUBMITTED']);
    const [response] = await api.dataSource.query('select * from survey_responses');
    expect(Object.keys(response)).not.toEqual(expect.arrayContaining(['person_id']));
    expect(Object.keys(response)).not.toEqual(expect.arrayContaining(['invitation_id']));
    expect(response).toMatchObject({ sector: 'NHS', role_group: 'CLINICAL', place_ids: [fixture.placeIds['Ashby']] });
    const [{ answers: draftLeft }] = await api.dataSource.query('select answers from survey_invitations where submitted_at is not null');
    expect(draftLeft).toBeNull();
  });

  it('hides a month with 4 responses and shows it with 5, with the mean worked by hand', async () => {
    for (const token of tokens.slice(1, 4)) expect(errorCodes(await gql(SUBMIT, { t: token, a: answers(3) }))).toEqual([]);
    const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    const monthOf = async () => ((await gql(SCORES, {}, leader)).data?.['practiceScores'][2].points as { month: string }[]).find((p) => p.month === thisMonth);
    expect(await monthOf()).toEqual({ month: thisMonth, n: null, mean: null, suppressed: true, distribution: null });

    expect(errorCodes(await gql(SUBMIT, { t: tokens[4], a: answers(5) }))).toEqual([]);
    // Scores 4, 3, 3, 3, 5 → n 5, mean 18/5 = 3.6.
    expect(await monthOf()).toEqual({ month: thisMonth, n: 5, mean: 3.6, suppressed: false, distribution: [0, 0, 3, 1, 1] });
  });

  it('keeps the score counts the scores page reads in step with the answers themselves', async () => {
    const fromCounts = await api.dataSource.query(`select month, practice, s.score::int as score, sum(s.n)::int as n from practice_score_counts, unnest(counts) with ordinality as s(n, score) where s.n > 0 group by 1, 2, 3 order by 1, 2, 3`);
    const fromAnswers = await api.dataSource.query(
      `select r.month, ps.practice, ps.score, count(*)::int as n from practice_scores ps join survey_responses r on r.id = ps.response_id group by 1, 2, 3 order by 1, 2, 3`,
    );
    expect(fromCounts).toEqual(fromAnswers);
    expect(fromCounts.length).toBeGreaterThan(0);
  });

  it('hides a group whose small sibling could otherwise be worked out by subtraction', async () => {
    // NHS has 5 responses, VCSE has 1 (below 5) → VCSE is hidden, and so must NHS be, or total − NHS gives VCSE.
    expect(errorCodes(await gql(SUBMIT, { t: tokens[6], a: answers(1) }))).toEqual([]);
    const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    const point = async (sector: string) => ((await gql(SCORES, { f: { sector } }, leader)).data?.['practiceScores'][0].points as { month: string; suppressed: boolean }[]).find((p) => p.month === thisMonth);
    expect(await point('VCSE')).toMatchObject({ suppressed: true });
    expect(await point('NHS')).toMatchObject({ suppressed: true });
  });

  it('lets an administrator change the minimum group size, within 3 to 50, and the scores follow it', async () => {
    const leader = await api.signIn(fixture.users.LEADER, PASSWORD);
    expect(errorCodes(await gql('mutation { setMinimumGroupSize(size: 8) }', {}, leader))).toEqual(['FORBIDDEN']);
    expect((await gql('mutation { setMinimumGroupSize(size: 2) }', {}, admin)).errors?.[0].extensions?.['fieldErrors']).toEqual([
      { field: 'size', message: 'The minimum group size must be a whole number from 3 to 50' },
    ]);
    expect((await gql('mutation { setMinimumGroupSize(size: 10) }', {}, admin)).data).toEqual({ setMinimumGroupSize: 10 });
    const month = ((await gql(SCORES, {}, leader)).data?.['practiceScores'][2].points as { month: string; suppressed: boolean }[]).find((p) => p.month === thisMonth);
    expect(month).toMatchObject({ suppressed: true }); // 6 responses < 10
    await gql('mutation { setMinimumGroupSize(size: 5) }', {}, admin);
  });

  it('keeps a place lead to their own place', async () => {
    const lead = await api.signIn(fixture.users.PLACE_LEAD, PASSWORD);
    expect(errorCodes(await gql(SCORES, { f: { placeId: '00000000-0000-4000-8000-000000000000' } }, lead))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(SCORES, {}, lead))).toEqual([]);
  });

  it('binds a link to its round, stops it when the round closes, and lets an admin reissue one', async () => {
    const nextMonth = new Date(Date.now() + 32 * DAY).toISOString().slice(0, 7);
    const people = await api.dataSource.getRepository(PersonEntity).find({ where: { systemId: fixture.system.id } });
    const other = await gql(OPEN, { i: { month: nextMonth, opensAt: new Date(Date.now() + 20 * DAY).toISOString(), closesAt: new Date(Date.now() + 40 * DAY).toISOString(), personIds: [people[7].id] } }, admin);
    expect(errorCodes(await gql(FORM, { t: tokenOf(other.data?.['openSurveyRound'].links[0].url) }))).toEqual(['SURVEY_NOT_OPEN']);
    // The first round's link still answers the first round only.
    expect((await gql(FORM, { t: tokens[7] })).data?.['surveyByToken'].roundMonth).toBe(thisMonth);

    const round = await gql('query($id: ID!) { surveyRound(id: $id) { invitations { id submitted person { email } } } }', { id: roundId }, admin);
    const unanswered = round.data?.['surveyRound'].invitations.find((i: { person: { email: string } }) => i.person.email === 'respondent8@survey.test');
    const reissued = await gql('mutation($id: ID!) { reissueInvitation(id: $id) { url } }', { id: unanswered.id }, admin);
    expect(errorCodes(await gql(FORM, { t: tokens[8] }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(FORM, { t: tokenOf(reissued.data?.['reissueInvitation'].url) }))).toEqual([]);

    await gql('mutation($id: ID!) { closeSurveyRound(id: $id) { status } }', { id: roundId }, admin);
    expect(errorCodes(await gql(SUBMIT, { t: tokens[7], a: answers(4) }))).toEqual(['SURVEY_CLOSED']);

    const viewer = await api.signIn(fixture.users.VIEWER, PASSWORD);
    expect(errorCodes(await gql('query($id: ID!) { surveyRound(id: $id) { invitations { id } } }', { id: roundId }, viewer))).toEqual(['FORBIDDEN']);
  });

  it('refuses a second round for a month, naming the month field, and opens nothing', async () => {
    const [person] = await api.dataSource.getRepository(PersonEntity).find({ where: { systemId: fixture.system.id }, take: 1 });
    const again = await gql(OPEN, { i: { month: thisMonth, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: [person.id] } }, admin);
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'month', message: `There is already a survey round for ${thisMonth}. Choose a month that has no round yet.` }]);
    const rounds = await gql('{ surveyRounds { month } }', {}, admin);
    expect(rounds.data?.['surveyRounds'].filter((r: { month: string }) => r.month === thisMonth)).toHaveLength(1);
  });

  it('opens a round for thousands of people at once, each with a link of their own that works', async () => {
    const carers = fixture.organisations[1];
    const many = await api.dataSource.getRepository(PersonEntity).save(
      Array.from({ length: 2500 }, (_, i) => ({
        systemId: fixture.system.id, name: `Invitee ${i}`, email: `invitee${i}@survey.test`,
        organisationId: carers.id, roleGroup: 'VCSE', externalId: null, archivedAt: null,
      })) as PersonEntity[],
      { chunk: 500 },
    );
    const month = new Date(Date.now() + 64 * DAY).toISOString().slice(0, 7);
    const opened = await gql(OPEN, { i: { month, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 7 * DAY).toISOString(), personIds: many.map((p) => p.id) } }, admin);
    expect(errorCodes(opened)).toEqual([]);
    expect(opened.data?.['openSurveyRound'].round.invitationCount).toBe(2500);
    const links: { url: string; invitation: { id: string; person: { email: string } } }[] = opened.data?.['openSurveyRound'].links;
    expect(new Set(links.map((l) => tokenOf(l.url))).size).toBe(2500);
    expect(new Set(links.map((l) => l.invitation.id)).size).toBe(2500);
    expect(new Set(links.map((l) => l.invitation.person.email))).toEqual(new Set(many.map((p) => p.email)));
    const last = links[links.length - 1];
    expect((await gql(FORM, { t: tokenOf(last.url) })).data?.['surveyByToken'].roundMonth).toBe(month);
  });
});
