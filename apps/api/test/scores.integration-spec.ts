import { DEMO_PASSWORD, generateDemoSystem } from '@stewardship/demo-data';
import { startTestApp, TestApp } from './support/test-app';

const SCORES = 'query($toMonth: String) { practiceScores(months: 6, toMonth: $toMonth) { practice points { month } } }';

describe('practice scores ending at a chosen month', () => {
  let api: TestApp;
  let token: string;
  let latest: string;

  beforeAll(async () => {
    api = await startTestApp({ DEMO_DATA: 'true' });
    const leader = generateDemoSystem().users.find((u) => u.role === 'LEADER')!;
    token = await api.signIn(leader.email, DEMO_PASSWORD);
    [{ latest }] = await api.dataSource.query(`select to_char(max(month), 'YYYY-MM') as latest from survey_rounds where opens_at <= now()`);
  }, 180_000);
  afterAll(() => api.close());

  const monthsShown = (result: { data?: Record<string, unknown> | null }) =>
    (result.data?.['practiceScores'] as { points: { month: string }[] }[]).map((series) => series.points.map((p) => p.month));

  it('ends every series at the month asked for, and at the latest opened month when none is', async () => {
    const byDefault = monthsShown(await api.graphql(SCORES, {}, token));
    expect(byDefault[0].at(-1)).toBe(latest);

    const earlier = byDefault[0][2];
    const chosen = await api.graphql(SCORES, { toMonth: earlier }, token);
    expect(chosen.errors).toBeUndefined();
    for (const months of monthsShown(chosen)) {
      expect(months).toHaveLength(6);
      expect(months.at(-1)).toBe(earlier);
    }
  });

  it.each(['2026-13', '2026-1', 'November', ''])('refuses the month %j as a field error naming toMonth', async (toMonth) => {
    const result = await api.graphql(SCORES, { toMonth }, token);
    expect(result.data?.['practiceScores'] ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'toMonth', message: expect.stringContaining('yyyy-mm') }]);
  });

  it('refuses a month after the latest opened one, naming toMonth', async () => {
    const [year, month] = latest.split('-').map(Number);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    const result = await api.graphql(SCORES, { toMonth: next }, token);
    expect(result.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'toMonth', message: expect.stringContaining(latest) }]);
  });
});
