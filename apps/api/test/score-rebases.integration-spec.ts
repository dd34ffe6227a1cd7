import { DEMO_PASSWORD, generateDemoSystem } from '@stewardship/demo-data';
import type { Role } from '@stewardship/domain';
import { xmr } from '@stewardship/spc';
import { tableFingerprint } from './support/table-fingerprint';
import { startTestApp, TestApp } from './support/test-app';

const SERIES = `query($filter: ScoreFilter) { practiceScores(filter: $filter) {
  practice
  rebases { id month reason createdBy createdAt }
  rebaseSuggestion { from months direction reason }
  points { month suppressed mean processMean lowerLimit upperLimit }
} }`;
const SET = 'mutation($input: ScoreRebaseInput!) { setScoreRebase(input: $input) { id practice month reason createdBy createdAt withdrawnAt } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawScoreRebase(id: $id) { id withdrawnAt } }';
const DISMISS = 'mutation($input: RebaseSuggestionDismissalInput!) { dismissRebaseSuggestion(input: $input) }';

interface Point {
  month: string;
  suppressed: boolean;
  mean: number | null;
  processMean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
}
interface Series {
  practice: string;
  rebases: { id: string; month: string; reason: string; createdBy: string | null; createdAt: string }[];
  rebaseSuggestion: { from: string; months: string[]; direction: string; reason: string } | null;
  points: Point[];
}

const REASON = 'A shared outcomes framework was agreed in October 2025, and partners have worked to it since.';

/** On the demo system: shared purpose steps up for good from the story's month 13 (November 2025). */
describe('rebases of the practice scores', () => {
  let api: TestApp;
  const tokens = {} as Record<Role, string>;
  const demoUsers = generateDemoSystem().users;
  const leaderName = demoUsers.find((u) => u.role === 'LEADER')!.displayName;

  beforeAll(async () => {
    api = await startTestApp({ DEMO_DATA: 'true' });
    for (const user of demoUsers) tokens[user.role] = await api.signIn(user.email, DEMO_PASSWORD);
  }, 240_000);
  afterAll(() => api.close());

  async function purpose(filter: Record<string, string> | null = null, role: Role = 'LEADER'): Promise<Series> {
    const result = await api.graphql(SERIES, { filter }, tokens[role]);
    expect(result.errors).toBeUndefined();
    return (result.data?.['practiceScores'] as Series[]).find((s) => s.practice === 'SHARED_PURPOSE')!;
  }

  const rebaseRows = () =>
    api.dataSource.query(
      `select r.practice, to_char(r.month, 'YYYY-MM') as month, r.reason, r.place_id as "placeId", r.sector, r.role_group as "roleGroup", u.email as author,
              r.created_at as "createdAt", r.withdrawn_at as "withdrawnAt", w.email as "withdrawnBy"
         from score_rebases r left join users u on u.id = r.created_by left join users w on w.id = r.withdrawn_by order by r.created_at`,
    );

  it('suggests rebasing shared purpose where the step up began, saying which months and why, to every reader', async () => {
    const series = await purpose();
    expect(series.rebases).toEqual([]);
    expect(series.rebaseSuggestion).toMatchObject({ from: '2025-11', direction: 'up' });
    expect(series.rebaseSuggestion?.months[0]).toBe('2025-11');
    expect(series.rebaseSuggestion?.months.at(-1)).toBe(series.points.at(-1)?.month);
    expect(series.rebaseSuggestion?.reason).toMatch(/^\d+ months in a row, November 2025 to .* were above the mean of \d\.\d\d, and the run is still going/);
    // A viewer reads the same suggestion; only the buttons to act on it are withheld (by the mutations' roles).
    expect((await purpose(null, 'VIEWER')).rebaseSuggestion).toEqual(series.rebaseSuggestion);
  });

  it.each<Role>(['VIEWER', 'NON_EXECUTIVE', 'PLACE_LEAD'])('refuses %s: no rebase, withdrawal or dismissal, and nothing changes', async (role) => {
    const before = await tableFingerprint(api.dataSource);
    for (const [query, variables] of [
      [SET, { input: { practice: 'SHARED_PURPOSE', month: '2025-11', reason: REASON } }],
      [DISMISS, { input: { practice: 'SHARED_PURPOSE', month: '2025-11' } }],
      [WITHDRAW, { id: crypto.randomUUID() }],
    ] as const) {
      const result = await api.graphql(query, variables, tokens[role]);
      expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it.each([
    ['an unknown practice', { practice: 'TRUST' }, 'practice', /six practices/],
    ['a month that is not yyyy-mm', { month: '2025-13' }, 'month', /yyyy-mm/],
    ['a month no round has opened', { month: '2031-01' }, 'month', /no survey round has opened after it/],
    ['a month with no data', { month: '2020-01' }, 'month', /no scores shown on this chart/],
    ['an empty reason', { reason: '  ' }, 'reason', /Enter the reason/],
    ['a reason of 501 characters', { reason: 'x'.repeat(501) }, 'reason', /500 characters or fewer/],
    ['a place that is not an id', { filter: { placeId: 'not-a-place' } }, 'filter.placeId', /place/],
  ])('refuses %s with a field error naming it, storing nothing', async (_case, change, field, message) => {
    const before = await tableFingerprint(api.dataSource);
    const result = await api.graphql(SET, { input: { practice: 'SHARED_PURPOSE', month: '2025-11', reason: REASON, ...change } }, tokens['LEADER']);
    expect(result.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('refuses the first month a chart shows: a rebase there would split nothing', async () => {
    const first = (await purpose()).points.find((p) => !p.suppressed)!.month;
    // The chart of 60 months ending then starts with the demo's first month.
    const result = await api.graphql(SET, { input: { practice: 'SHARED_PURPOSE', month: first, reason: REASON } }, tokens['LEADER']);
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'month', message: expect.stringContaining("first month shown") }]);
  });

  let rebaseId: string;

  it('stores a leader’s rebase with its author, reason and time, and splits the limits there', async () => {
    const before = await purpose();
    const started = Date.now();
    const result = await api.graphql(SET, { input: { practice: 'SHARED_PURPOSE', month: '2025-11', reason: `  ${REASON} ` } }, tokens['LEADER']);
    expect(result.errors).toBeUndefined();
    const saved = result.data?.['setScoreRebase'];
    rebaseId = saved.id;
    expect(saved).toMatchObject({ practice: 'SHARED_PURPOSE', month: '2025-11', reason: REASON, createdBy: leaderName, withdrawnAt: null });
    expect(Math.abs(new Date(saved.createdAt).getTime() - started)).toBeLessThan(60_000);
    expect(await rebaseRows()).toEqual([
      expect.objectContaining({ practice: 'SHARED_PURPOSE', month: '2025-11', reason: REASON, placeId: null, sector: null, roleGroup: null, author: 'leader@northshire.example', withdrawnAt: null }),
    ]);

    const after = await purpose();
    expect(after.rebases).toEqual([{ id: rebaseId, month: '2025-11', reason: REASON, createdBy: leaderName, createdAt: saved.createdAt }]);
    expect(after.rebaseSuggestion).toBeNull();
    // The same means, charted independently with the rebase: each month carries its own period's mean and limits.
    const shown = after.points.filter((p) => !p.suppressed && p.mean !== null);
    expect(shown.map((p) => p.mean)).toEqual(before.points.filter((p) => !p.suppressed && p.mean !== null).map((p) => p.mean));
    const expected = xmr(shown.map((p) => ({ date: `${p.month}-01`, value: p.mean as number })), { rebase: ['2025-11-01'] });
    expect(expected.periods).toHaveLength(2);
    shown.forEach((point, i) => {
      expect(point.processMean).toBeCloseTo(expected.points[i].mean as number, 10);
      expect(point.upperLimit).toBeCloseTo(expected.points[i].upperLimit as number, 10);
      expect(point.lowerLimit).toBeCloseTo(expected.points[i].lowerLimit as number, 10);
    });
    // By hand: the first period's mean is the mean of the months before November 2025, the second of those from it.
    const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const [early, late] = [shown.filter((p) => p.month < '2025-11'), shown.filter((p) => p.month >= '2025-11')];
    expect(early.at(-1)?.processMean).toBeCloseTo(average(early.map((p) => p.mean as number)), 10);
    expect(late[0].processMean).toBeCloseTo(average(late.map((p) => p.mean as number)), 10);
    expect(late[0].processMean).toBeGreaterThan((early.at(-1)?.processMean as number) + 0.3);
    // The rebase belongs to the view it was set in: the VCSE sector's chart is not split by it.
    expect((await purpose({ sector: 'VCSE' })).rebases).toEqual([]);
  });

  it('refuses a second active rebase at the same month, storing nothing', async () => {
    const before = await tableFingerprint(api.dataSource);
    const result = await api.graphql(SET, { input: { practice: 'SHARED_PURPOSE', month: '2025-11', reason: 'Again' } }, tokens['ADMIN']);
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'month', message: 'This chart already has a rebase at that month' }]);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('withdraws a rebase by keeping its row with who withdrew it and when; the limits join again and the suggestion returns', async () => {
    const result = await api.graphql(WITHDRAW, { id: rebaseId }, tokens['ADMIN']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['withdrawScoreRebase'].withdrawnAt).toEqual(expect.any(String));
    expect(await rebaseRows()).toEqual([expect.objectContaining({ reason: REASON, author: 'leader@northshire.example', withdrawnAt: expect.any(Date), withdrawnBy: 'admin@northshire.example' })]);
    const series = await purpose();
    expect(series.rebases).toEqual([]);
    expect(new Set(series.points.filter((p) => !p.suppressed).map((p) => p.processMean)).size).toBe(1);
    expect(series.rebaseSuggestion?.from).toBe('2025-11');
    expect((await api.graphql(WITHDRAW, { id: crypto.randomUUID() }, tokens['ADMIN'])).errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('dismisses a suggestion for its view and month: it is not offered again there', async () => {
    const result = await api.graphql(DISMISS, { input: { practice: 'SHARED_PURPOSE', month: '2025-11' } }, tokens['LEADER']);
    expect(result.errors).toBeUndefined();
    expect((await purpose()).rebaseSuggestion).toBeNull();
    const [row] = await api.dataSource.query(`select to_char(d.month, 'YYYY-MM') as month, u.email from score_rebase_dismissals d join users u on u.id = d.dismissed_by`);
    expect(row).toEqual({ month: '2025-11', email: 'leader@northshire.example' });
    // Dismissing again changes nothing.
    const before = await tableFingerprint(api.dataSource);
    expect((await api.graphql(DISMISS, { input: { practice: 'SHARED_PURPOSE', month: '2025-11' } }, tokens['ADMIN'])).data?.['dismissRebaseSuggestion']).toBe(true);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('rebases a summary question’s chart the same way, leaving the practices’ charts as they were', async () => {
    const DIRECTION = `query { summaryScores { question rebases { month reason } points { month suppressed mean processMean lowerLimit upperLimit } } }`;
    const before = ((await api.graphql(DIRECTION, {}, tokens['LEADER'])).data?.['summaryScores'] as (Series & { question: string })[]).find((s) => s.question === 'DIRECTION')!;
    const practicesBefore = (await api.graphql(SERIES, {}, tokens['LEADER'])).data?.['practiceScores'];
    const month = before.points[before.points.length - 6].month;
    const set = await api.graphql(SET, { input: { practice: 'DIRECTION', month, reason: 'A system strategy was adopted that month.' } }, tokens['ADMIN']);
    expect(set.errors).toBeUndefined();

    const after = ((await api.graphql(DIRECTION, {}, tokens['LEADER'])).data?.['summaryScores'] as (Series & { question: string })[]).find((s) => s.question === 'DIRECTION')!;
    expect(after.rebases).toEqual([{ month, reason: 'A system strategy was adopted that month.' }]);
    // The limits now come from each period's own months, as xmr computes them with the rebase.
    const shown = after.points.filter((p) => !p.suppressed && p.mean !== null);
    const expected = xmr(shown.map((p) => ({ date: `${p.month}-01`, value: p.mean as number })), { rebase: [`${month}-01`] });
    expect(shown.map((p) => p.processMean)).toEqual(expected.points.map((p) => p.mean));
    expect(new Set(shown.map((p) => p.processMean)).size).toBe(2);
    expect((await api.graphql(SERIES, {}, tokens['LEADER'])).data?.['practiceScores']).toEqual(practicesBefore);

    const unknown = await api.graphql(SET, { input: { practice: 'PURPOSE', month, reason: 'x' } }, tokens['ADMIN']);
    expect(unknown.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'practice', message: expect.stringContaining('direction, alignment or commitment') }]);
  });
});
