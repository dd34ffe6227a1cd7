import { CHANGE_READINGS, type ChangeReading } from '@stewardship/actions';
import { PRACTICE_KEYS, ROLES, type PracticeKey, type Role } from '@stewardship/domain';
import { summariseDistribution } from '@stewardship/scores';
import { xmr } from '@stewardship/spc';
import { ResponseWriter } from '../src/surveys/response-writer';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const REVIEW = `query($month: String, $placeId: ID) { monthlyReview(month: $month, placeId: $placeId) {
  month placeId placeName roundClosed
  practiceScores { missingReason scores { practice name value n confidenceLower confidenceUpper variation suppressionReason line series { month mean variation } } }
  changes { missingReason changes { area key label month value previousValue change reading signal monthsOnSide line } }
  network { missingReason previousMonth respondentOrganisations partners ties weakLinkCounts { kind count } mostSerious { id kind sourceName targetName reason alsoFlagged } newIsolates { name } brokenBridges { sourceName targetName } }
  power { missingReason fromMonth toMonth figures { figure name value variation line trend { month value } } tooCosy { warning } }
  claims { missingReason awaitingReviewCount awaitingReview { id text madeOn } evidenceChangedCount }
  actions { missingReason actions { rank rule text figures { label value } references { kind id label } } rules { key title text } } } }`;
const SCORES = `query($placeId: ID, $to: String) { practiceScores(filter: { placeId: $placeId }, months: 24, toMonth: $to) { practice points { month n mean confidenceLower confidenceUpper variation } } }`;
const POWER = `query($placeId: ID, $from: String!, $to: String!) { powerIndicators(placeId: $placeId, from: $from, to: $to) { decisionCount inclusionRatio outsideForumShare conflictSurfacedRate } }`;
const NETWORK = `query($month: String, $placeId: ID) { partnerNetwork(month: $month, placeId: $placeId) { respondentOrganisations nodes { organisationId } ties { id } weakLinks { kind } } }`;
const MAP_FIELDS = 'month placeId ratedMonths suppressed partners { organisationIds xs ys articulationPoints } ties { sources targets strengths strengthChanges } weakLinks { kind sources targets }';
const REVIEW_MAP = `query($month: String, $placeId: ID) { monthlyReview(month: $month, placeId: $placeId) { networkMap { ${MAP_FIELDS} } } }`;
const NETWORK_MAP = `query($month: String, $placeId: ID) { partnerNetworkMap(month: $month, placeId: $placeId) { ${MAP_FIELDS} } }`;

/** Twelve closed rounds, the fewest from which libs/spc draws process limits. */
const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
/**
 * Sharing power, scored by the three North respondents each month: 4.00 and 4.33 in turn, then 1.00 in June 2026. The
 * other five practices are 3 throughout. The mean is (6 × 4 + 5 × 4.333 + 1) ÷ 12 = 3.889; the moving ranges are 1/3
 * ten times and 3.333, which is screened out as above 3.267 × their mean (0.606), leaving a mean moving range of 1/3;
 * the lower limit is 3.889 − 2.66 × 0.333 = 3.002, and June's 1.00 is below it: a special cause concern.
 */
const SHARING_POWER: Record<string, number[]> = Object.fromEntries(MONTHS.map((month, i) => [month, i === MONTHS.length - 1 ? [1, 1, 1] : i % 2 ? [4, 4, 5] : [4, 4, 4]]));

describe('monthly review', () => {
  let api: TestApp;
  let alpha: FixtureSystem;
  let beta: FixtureSystem;
  let cookies: Record<Role, string>;
  let north: string;
  let south: string;
  let forumId: string;
  const id: Record<string, string> = {};

  const review = async (variables: Record<string, unknown>, role: Role = 'LEADER') => {
    const result = await api.graphql(REVIEW, variables, cookies[role]);
    expect(result.errors).toBeUndefined();
    return result.data?.['monthlyReview'];
  };
  const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map((e) => e.field);

  /** One closed round per month: the three North partners score the practices and rate each other (A↔B, B→C, C→A). */
  async function survey(month: string) {
    const writer = new ResponseWriter(api.dataSource.manager, alpha.system.id);
    const roundId = await writer.insertRound(`${month}-01`, `${month}-01`, `${month}-21`);
    const rated: Record<string, string[]> = { A: ['B'], B: ['A', 'C'], C: ['A'] };
    await writer.write(
      ['A', 'B', 'C'].map((from, i) => ({
        roundId,
        month: `${month}-01`,
        organisationId: id[from],
        sector: 'NHS',
        roleGroup: 'EXECUTIVE',
        placeIds: [north],
        practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: practice === 'SHARING_POWER' ? SHARING_POWER[month][i] : 3 })),
        ratings: rated[from].map((to) => ({ organisationId: id[to], trust: 4, value: 4, contactFrequency: 'MONTHLY', type: 'INFORMAL' })),
      })),
    );
  }

  async function decide(date: string, participants: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
    const result = await api.graphql(
      'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }',
      { i: { forumId, date, title: `Decision ${date} ${Math.random()}`, summary: 'Agreed.', proposerId: id['A'], outcome: 'AGREED', participants, ...extra } },
      cookies.ADMIN,
    );
    expect(result.errors).toBeUndefined();
  }

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North', 'Alpha South'], [
      { name: 'Alpha Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Alpha North'] },
      { name: 'Alpha Hospital', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Alpha North'] },
      { name: 'Alpha Carers', kind: 'VCSE', sector: 'VCSE', places: ['Alpha North'] },
      { name: 'Alpha Council', kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', places: ['Alpha North'] },
      { name: 'Alpha Care Homes', kind: 'SOCIAL_CARE_PROVIDER', sector: 'INDEPENDENT', places: ['Alpha South'] },
    ]);
    beta = await createSystem(api.dataSource, 'Beta ICS', ['Beta East'], [{ name: 'Beta Carers', places: ['Beta East'] }]);
    ['A', 'B', 'C', 'D', 'S'].forEach((key, i) => (id[key] = alpha.organisations[i].id));
    north = alpha.placeIds['Alpha North'];
    south = alpha.placeIds['Alpha South'];
    cookies = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await api.signIn(alpha.users[role], PASSWORD)]))) as Record<Role, string>;
    // Three respondents a month: small enough to need a minimum group size of 2 (the network needs 2 respondent partners).
    await api.dataSource.query('update systems set minimum_group_size = 2 where id = $1', [alpha.system.id]);
    for (const month of MONTHS) await survey(month);

    const forum = await api.graphql('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name: 'Alpha North Board', kind: 'PLACE_BOARD', placeId: north } }, cookies.ADMIN);
    forumId = forum.data?.['createForum'].id;
    // June: Trust and Council affected by both decisions; Council has a say in the first only, so inclusion 3 ÷ 4.
    await decide('2026-06-08', [
      { organisationId: id['A'], affected: true, present: true, vote: true },
      { organisationId: id['D'], affected: true, present: true, consulted: true },
    ]);
    await decide('2026-06-22', [{ organisationId: id['A'], affected: true, present: true, vote: true }, { organisationId: id['D'], affected: true }], { outsideForum: true });

    const claim = await api.graphql(
      'mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }',
      {
        i: {
          text: 'Power is now shared fairly in Alpha North', sourceTitle: 'Board paper', madeById: id['A'], madeByRole: 'Chief executive', madeOn: '2026-06-20',
          from: '2026-01-01', to: '2026-06-30', practices: ['SHARING_POWER'], direction: 'fair', placeId: north, partnerIds: [],
        },
      },
      cookies.LEADER,
    );
    expect(claim.errors).toBeUndefined();
  }, 180_000);
  afterAll(() => api.close());

  it("gives the same figures as the libs and the areas' own queries for the same month", async () => {
    const served = await review({ month: '2026-06', placeId: north });
    expect(served).toMatchObject({ month: '2026-06', placeId: north, placeName: 'Alpha North', roundClosed: true });

    // Scores: libs/scores on the fixture's own answers, and practiceScores for the same view and month.
    const scores = (await api.graphql(SCORES, { placeId: north, to: '2026-06' }, cookies.LEADER)).data?.['practiceScores'];
    for (const practice of PRACTICE_KEYS) {
      const answers = practice === 'SHARING_POWER' ? SHARING_POWER['2026-06'] : [3, 3, 3];
      const distribution = [1, 2, 3, 4, 5].map((score) => answers.filter((a) => a === score).length);
      const lib = summariseDistribution(distribution, { minimumGroupSize: 2 });
      const row = served.practiceScores.scores.find((s: { practice: PracticeKey }) => s.practice === practice);
      expect(row).toMatchObject({ value: lib.mean, n: lib.n, confidenceLower: lib.confidenceInterval?.lower ?? null, confidenceUpper: lib.confidenceInterval?.upper ?? null });
      const page = scores.find((s: { practice: PracticeKey }) => s.practice === practice).points.at(-1);
      expect(row).toMatchObject({ value: page.mean, n: page.n, variation: page.variation });
      expect(row.series.map((p: { mean: number }) => p.mean)).toEqual(scores.find((s: { practice: PracticeKey }) => s.practice === practice).points.map((p: { mean: number }) => p.mean));
    }
    // libs/spc on the six monthly means of sharing power reads June as a special cause concern.
    const means = MONTHS.map((m) => SHARING_POWER[m].reduce((a, b) => a + b, 0) / 3);
    const chart = xmr(means.map((value, i) => ({ date: `${MONTHS[i]}-01`, value })), { improvement: 'increase' });
    expect(chart.points.at(-1)).toMatchObject({ variation: 'concern', rules: ['outside'] });
    expect(chart.points.at(-1)?.lowerLimit).toBeCloseTo(3.002, 3);
    const sharing = served.practiceScores.scores.find((s: { practice: PracticeKey }) => s.practice === 'SHARING_POWER');
    expect(sharing.variation).toBe('concern');
    expect(sharing.line).toBe('Sharing power: down 3.00 since May 2026 — special cause concern');

    // Power: powerIndicators over June (libs/power powerIndicators) against the review's June values (monthlyPowerIndicators).
    const power = (await api.graphql(POWER, { placeId: north, from: '2026-06-01', to: '2026-06-30' }, cookies.LEADER)).data?.['powerIndicators'];
    const figure = (name: string) => served.power.figures.find((f: { figure: string }) => f.figure === name).value;
    expect(figure('decisionCount')).toBe(power.decisionCount);
    expect(figure('inclusionRatio')).toBe(power.inclusionRatio);
    expect(figure('inclusionRatio')).toBe(0.75);
    expect(figure('outsideForumShare')).toBe(power.outsideForumShare);
    expect(served.power).toMatchObject({ missingReason: null, fromMonth: '2024-07', toMonth: '2026-06' });

    // Network: the weak links the partner network flags, counted by kind.
    const network = (await api.graphql(NETWORK, { month: '2026-06', placeId: north }, cookies.LEADER)).data?.['partnerNetwork'];
    expect(served.network).toMatchObject({ missingReason: null, previousMonth: '2026-05', respondentOrganisations: network.respondentOrganisations, partners: network.nodes.length, ties: network.ties.length });
    for (const { kind, count } of served.network.weakLinkCounts) expect(count).toBe(network.weakLinks.filter((l: { kind: string }) => l.kind === kind).length);
  });

  it("draws the network page's map of the month, follows a change to its ratings, and none for a missing section", async () => {
    const mapOf = async (query: string, field: string, variables: Record<string, unknown>) => {
      const result = await api.graphql(query, variables, cookies.LEADER);
      expect(result.errors).toBeUndefined();
      return field === 'monthlyReview' ? result.data?.['monthlyReview'].networkMap : result.data?.['partnerNetworkMap'];
    };
    const june = { month: '2026-06', placeId: north };
    const reviewed = await mapOf(REVIEW_MAP, 'monthlyReview', june);
    expect(reviewed).toEqual(await mapOf(NETWORK_MAP, 'partnerNetworkMap', june));
    // The fixture's North: Trust, Hospital and Carers rated (A↔B, B→C, C→A), Council unrated: three ties of strength > 0.
    expect(reviewed).toMatchObject({ month: '2026-06', placeId: north, suppressed: false });
    expect(reviewed.partners.organisationIds).toHaveLength(4);
    expect(reviewed.ties.strengths).toHaveLength(3);

    // Carers' rating of the Trust in June removed outside the API: the review is recomputed, and its map with it (A–C gone).
    const carersOfTrust = `system_id = $1 and month = '2026-06-01' and from_organisation_id = $2 and to_organisation_id = $3`;
    const [{ rating }] = await api.dataSource.query(`select row_to_json(r) as rating from relationship_ratings r where ${carersOfTrust}`, [alpha.system.id, id['C'], id['A']]);
    await api.dataSource.query(`delete from relationship_ratings where ${carersOfTrust}`, [alpha.system.id, id['C'], id['A']]);
    const changed = await mapOf(REVIEW_MAP, 'monthlyReview', june);
    expect(changed.ties.strengths).toHaveLength(2);
    expect(changed).toEqual(await mapOf(NETWORK_MAP, 'partnerNetworkMap', june));
    // With no kept map (a view kept before maps were), it is built afresh, the same.
    await api.dataSource.query('update network_views set map = null where system_id = $1', [alpha.system.id]);
    expect(await mapOf(REVIEW_MAP, 'monthlyReview', june)).toEqual(changed);
    await api.dataSource.query('insert into relationship_ratings select * from json_populate_record(null::relationship_ratings, $1)', [rating]);
    expect(await mapOf(REVIEW_MAP, 'monthlyReview', june)).toEqual(reviewed);

    expect(await mapOf(REVIEW_MAP, 'monthlyReview', { month: '2026-09' })).toBeNull();
  });

  it('lists what changed with signals first, and suggests actions citing them', async () => {
    const served = await review({ month: '2026-06', placeId: north });
    const [first] = served.changes.changes;
    expect(first).toMatchObject({ area: 'PRACTICE', key: 'SHARING_POWER', reading: 'SPECIAL_CAUSE_CONCERN', signal: true, previousValue: 4, value: 1 });
    // Signals before noise before the unjudged, whatever else moved.
    const order = served.changes.changes.map((c: { reading: ChangeReading }) => CHANGE_READINGS.indexOf(c.reading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(served.changes.changes.filter((c: { signal: boolean }) => !c.signal).every((c: { line: string }) => /noise|no SPC reading/.test(c.line))).toBe(true);

    const actions = served.actions.actions;
    expect(actions.length).toBeLessThanOrEqual(5);
    expect(actions[0]).toMatchObject({ rank: 1, rule: 'PRACTICE_CONCERN', references: [{ kind: 'PRACTICE', id: 'SHARING_POWER', label: 'Sharing power' }] });
    expect(actions[0].text).toContain('Sharing power');
    expect(actions.find((a: { rule: string }) => a.rule === 'CLAIMS_AWAITING')?.references[0].label).toBe('Power is now shared fairly in Alpha North');
    expect(served.claims).toMatchObject({ missingReason: null, awaitingReviewCount: 1, evidenceChangedCount: 0 });
    expect(served.actions.rules.map((r: { key: string }) => r.key)).toContain('SECTOR_ONE_SIDED');
  });

  it('defaults to the newest month whose survey round has closed, not an open one', async () => {
    const writer = new ResponseWriter(api.dataSource.manager, alpha.system.id);
    const today = new Date().toISOString().slice(0, 10);
    const open = await writer.insertRound(`${today.slice(0, 7)}-01`, today, new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    try {
      expect((await review({ placeId: north })).month).toBe('2026-06');
      const current = await review({ month: today.slice(0, 7), placeId: north });
      expect(current.roundClosed).toBe(false);
      expect(current.practiceScores.missingReason).toMatch(/^The survey round for \w+ \d{4} is still open: its figures are shown when it closes$/);
    } finally {
      await api.dataSource.query('delete from survey_rounds where id = $1', [open]);
    }
  });

  it('says why each section is missing for a month without a round or decisions', async () => {
    const served = await review({ month: '2026-09', placeId: north });
    expect(served.roundClosed).toBe(false);
    expect(served.practiceScores).toEqual({ missingReason: 'No survey round closed for September 2026', scores: [] });
    expect(served.network.missingReason).toBe('No survey round closed for September 2026');
    expect(served.power.missingReason).toBe('No decisions recorded in September 2026');
    expect(served.changes.missingReason).toBe('No figures for September 2026 to compare');
    expect(served.claims.missingReason).toBeNull();
  });

  it('limits a place lead to their own place, with no claims section', async () => {
    const own = await review({ month: '2026-06' }, 'PLACE_LEAD');
    expect(own).toMatchObject({ placeId: north, placeName: 'Alpha North' });
    expect(own.claims).toMatchObject({ missingReason: "Claims are not shown to place leads: their evidence may be other places' figures", awaitingReviewCount: 0, awaitingReview: [] });
    expect(own.actions.actions.some((a: { rule: string }) => a.rule.startsWith('CLAIM'))).toBe(false);
    expect(own.practiceScores.scores.map((s: { value: number }) => s.value)).toEqual((await review({ month: '2026-06', placeId: north })).practiceScores.scores.map((s: { value: number }) => s.value));
    expect(errorCodes(await api.graphql(REVIEW, { month: '2026-06', placeId: south }, cookies.PLACE_LEAD))).toEqual(['FORBIDDEN']);
    // Everyone else may review any place of the system.
    for (const role of ['ADMIN', 'NON_EXECUTIVE', 'VIEWER'] as const) expect((await review({ month: '2026-06', placeId: south }, role)).placeId).toBe(south);
  });

  it('answers bad input with a field error naming it', async () => {
    expect(fieldsOf(await api.graphql(REVIEW, { month: 'June' }, cookies.LEADER))).toEqual(['month']);
    expect(fieldsOf(await api.graphql(REVIEW, { placeId: 'not-an-id' }, cookies.LEADER))).toEqual(['placeId']);
    expect(fieldsOf(await api.graphql(REVIEW, { placeId: beta.placeIds['Beta East'] }, cookies.LEADER))).toEqual(['placeId']);
  });

  // Last: it adds a decision and a claim the tests above do not expect.
  it('keeps a month’s figures and serves them again until the data they come from changes; claims are read as they stand', async () => {
    const KEPT = `query($month: String, $placeId: ID) { monthlyReview(month: $month, placeId: $placeId) { figuresComputedAt power { figures { figure value } } claims { awaitingReviewCount } } }`;
    type Kept = { figuresComputedAt: string; power: { figures: { figure: string; value: number | null }[] }; claims: { awaitingReviewCount: number } };
    const ask = async (month: string): Promise<Kept> => {
      const result = await api.graphql(KEPT, { month, placeId: north }, cookies.LEADER);
      expect(result.errors).toBeUndefined();
      return result.data?.['monthlyReview'];
    };
    const decisions = (kept: Kept) => kept.power.figures.find((f) => f.figure === 'decisionCount')?.value;

    const june = await ask('2026-06');
    const may = await ask('2026-05');
    const whole = await review({ month: '2026-06', placeId: north });
    expect((await ask('2026-06')).figuresComputedAt).toBe(june.figuresComputedAt);
    // The kept figures are the computed ones: computed afresh, the review is the same.
    await api.dataSource.query('delete from review_snapshots where system_id = $1', [alpha.system.id]);
    expect(await review({ month: '2026-06', placeId: north })).toEqual(whole);
    const kept = await ask('2026-06');
    const keptMay = await ask('2026-05');

    // A decision in June: June's review is recomputed and counts it; May's is built from months before and is kept.
    await decide('2026-06-25', [{ organisationId: id['A'], affected: true, present: true, vote: true }]);
    const after = await ask('2026-06');
    expect(after.figuresComputedAt > kept.figuresComputedAt).toBe(true);
    expect(decisions(after)).toBe((decisions(june) as number) + 1);
    expect((await ask('2026-05')).figuresComputedAt).toBe(keptMay.figuresComputedAt);
    expect(decisions(may)).toBe(decisions(await ask('2026-05')));

    // A change written outside the API (raw SQL on the register) reaches every month's review too.
    await api.dataSource.query('update places set name = name where id = $1', [south]);
    expect((await ask('2026-05')).figuresComputedAt > keptMay.figuresComputedAt).toBe(true);

    // A new claim shows at once, the figures still kept.
    const before = await ask('2026-06');
    const claim = await api.graphql(
      'mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }',
      { i: { text: 'Inclusion improved in Alpha North', sourceTitle: 'Board paper', madeById: id['B'], madeByRole: 'Chair', madeOn: '2026-06-28', from: '2026-01-01', to: '2026-06-30', practices: ['SHARING_POWER'], direction: 'improved', placeId: north, partnerIds: [] } },
      cookies.LEADER,
    );
    expect(claim.errors).toBeUndefined();
    const withClaim = await ask('2026-06');
    expect(withClaim.claims.awaitingReviewCount).toBe(before.claims.awaitingReviewCount + 1);
    expect(withClaim.figuresComputedAt).toBe(before.figuresComputedAt);
  });
});
