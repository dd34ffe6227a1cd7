import { PRACTICE_KEYS } from '@stewardship/domain';
import { createPopulatedSystem, PopulatedSystem } from './support/system-rows';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const SUMMARY = `query($f: ScoreFilter) { summaryScores(filter: $f, months: 1) { question name points { month n mean suppressed suppressionReason distribution } } }`;
const SUBMIT = 'mutation($t: String!, $a: SurveyAnswersInput!) { submitSurvey(token: $t, answers: $a) }';

interface Point { n: number | null; mean: number | null; suppressed: boolean; suppressionReason: string | null; distribution: number[] | null }
type Answers = { direction: number | null; alignment: number | null; commitment: number | null };

// createPopulatedSystem puts six people in the North trust (NHS, clinical) and six in the South carers' group (VCSE).
const NORTH: Answers[] = [
  { direction: 1, alignment: 3, commitment: 4 },
  { direction: 2, alignment: 3, commitment: 4 },
  { direction: 3, alignment: 4, commitment: 4 },
  { direction: 4, alignment: 4, commitment: 4 },
  { direction: 5, alignment: 5, commitment: 4 },
  { direction: 5, alignment: null, commitment: 4 },
];
const SOUTH: Answers[] = Array.from({ length: 6 }, (_, i) => ({ direction: 2, alignment: 3, commitment: i < 4 ? 5 : null }));

describe('direction, alignment and commitment scores', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let north: string;
  let south: string;

  const summary = async (filter: Record<string, string> | null, cookie = alpha.admin): Promise<Record<string, Point>> => {
    const result = await api.graphql(SUMMARY, { f: filter }, cookie);
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(result.data?.['summaryScores'].map((s: { question: string; points: Point[] }) => [s.question, s.points[0]]));
  };

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createPopulatedSystem(api, 'Alpha ICS', 6);
    [north, south] = [alpha.placeIds['Alpha ICS North'], alpha.placeIds['Alpha ICS South']];
    const answers = [...NORTH, ...SOUTH];
    for (const [i, token] of alpha.tokens.entries()) {
      const a = { ...answers[i], practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: 3, comment: null })), relationships: [] };
      expect(errorCodes(await api.graphql(SUBMIT, { t: token, a }))).toEqual([]);
    }
  }, 120_000);
  afterAll(() => api.close());

  it('charts each question from the answers given, leaving out respondents who skipped it', async () => {
    const system = await summary(null);
    // Direction: North 1+2+3+4+5+5 = 20, South 6 × 2 = 12; 32 / 12.
    expect(system['DIRECTION']).toMatchObject({ suppressed: false, n: 12, distribution: [1, 7, 1, 1, 2] });
    expect(system['DIRECTION'].mean).toBeCloseTo(32 / 12, 10);
    // Alignment: one North respondent skipped it; North 3+3+4+4+5 = 19, South 6 × 3 = 18; 37 / 11.
    expect(system['ALIGNMENT']).toMatchObject({ suppressed: false, n: 11, distribution: [0, 0, 8, 2, 1] });
    expect(system['ALIGNMENT'].mean).toBeCloseTo(37 / 11, 10);

    const northOnly = await summary({ placeId: north });
    expect(northOnly['DIRECTION']).toMatchObject({ n: 6, suppressed: false });
    expect(northOnly['DIRECTION'].mean).toBeCloseTo(20 / 6, 10);
    expect(northOnly['ALIGNMENT']).toMatchObject({ n: 5, mean: 19 / 5 });
  });

  it('hides a group below the minimum size, and never lets a published pair reveal it by subtraction', async () => {
    // Only four South respondents answered commitment: too few to show, and the system (10) less North (6) would be them.
    const southOnly = await summary({ placeId: south });
    expect(southOnly['COMMITMENT']).toMatchObject({ suppressed: true, n: null, mean: null, distribution: null });
    expect(southOnly['COMMITMENT'].suppressionReason).toMatch(/fewer than 5/i);
    const [system, northOnly] = [await summary(null), await summary({ placeId: north })];
    expect(system['COMMITMENT'].suppressed || northOnly['COMMITMENT'].suppressed).toBe(true);
  });

  it("shows a place lead their own place's answers only", async () => {
    const lead = await api.signIn(alpha.users.PLACE_LEAD, 'correct horse battery staple');
    expect(await summary(null, lead)).toEqual(await summary({ placeId: north }));
    expect(errorCodes(await api.graphql(SUMMARY, { f: { placeId: south } }, lead))).toEqual(['FORBIDDEN']);
  });

  const countsTable = () => api.dataSource.query(`select month, question, sector, role_group, place_ids, counts from summary_answer_counts order by 1, 2, 3, 4, 5`);
  const recount = () =>
    api.dataSource.query(`
      select r.month, a.question, r.sector, r.role_group, r.place_ids,
             array[count(*) filter (where a.score = 1), count(*) filter (where a.score = 2), count(*) filter (where a.score = 3), count(*) filter (where a.score = 4), count(*) filter (where a.score = 5)]::int[] as counts
        from survey_responses r, lateral (values ('DIRECTION', r.direction), ('ALIGNMENT', r.alignment), ('COMMITMENT', r.commitment)) a(question, score)
       where a.score is not null group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`);

  it('keeps the counts in step with the stored answers, and the migration fills them from answers stored before it', async () => {
    const kept = await countsTable();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(await recount());
    await api.dataSource.undoLastMigration({ transaction: 'each' });
    await api.dataSource.runMigrations({ transaction: 'each' });
    expect(await countsTable()).toEqual(kept);
  });
});
