import { ROLES, type Role } from '@stewardship/domain';
import { createSystem, FixtureSystem, PASSWORD } from './support/fixtures';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const INDICATORS = `query($p: ID, $from: String!, $to: String!) { powerIndicators(placeId: $p, from: $from, to: $to) {
  placeId decisionCount inclusionRatio outsideForumShare deputiesWithoutAuthorityShare proposerHhi proposerGini reopenedShare dissentRate conflictSurfacedRate
  representation { sector seats votingSeats weight seatShare voteShare weightShare seatRatio voteRatio seatFlag voteFlag } } }`;
const SERIES = `query($p: ID, $from: String!, $to: String!, $cosy: Int) { powerSeries(placeId: $p, fromMonth: $from, toMonth: $to, cosyMonths: $cosy) {
  figures { figure points { month value } } tooCosy { warning dissentWarning dissentMonths conflictSurfacedWarning conflictSurfacedMonths } } }`;
const RECORD_DECISION = 'mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }';
const RECORD_INDICATOR = 'mutation($i: ManualIndicatorInput!) { recordManualIndicator(input: $i) { id name value from to evidenceUrl evidenceTitle placeId enteredByName enteredAt } }';
const INDICATOR_LIST = 'query($p: ID) { manualIndicators(placeId: $p) { name placeId enteredByName } }';

/** How an organisation took part: only what is true needs saying. */
type Part = Partial<Record<'affected' | 'present' | 'consulted' | 'vote' | 'dissented' | 'deputy' | 'delegatedAuthority', boolean>>;

describe('power-sharing figures', () => {
  let api: TestApp;
  let alpha: FixtureSystem;
  let cookies: Record<Role, string>;
  let north: string;
  let south: string;
  const org: Record<'trust' | 'council' | 'carers' | 'care', string> = { trust: '', council: '', carers: '', care: '' };

  const gql = async (query: string, variables: Record<string, unknown>, role: Role = 'ADMIN') => api.graphql(query, variables, cookies[role]);
  const ok = async (query: string, variables: Record<string, unknown>, role: Role = 'ADMIN') => {
    const result = await gql(query, variables, role);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };
  const decide = async (forumId: string, date: string, proposerId: string, participants: [string, Part][], extra: Record<string, unknown> = {}) =>
    (await ok(RECORD_DECISION, { i: { forumId, date, title: `Decision of ${date}`, summary: 'Recorded for the power figures.', proposerId, outcome: 'AGREED', participants: participants.map(([organisationId, part]) => ({ organisationId, ...part })), ...extra } }))['recordDecision'].id as string;

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createSystem(api.dataSource, 'Alpha ICS', ['Alpha North', 'Alpha South'], [
      { name: 'Alpha Trust', kind: 'ACUTE_TRUST', sector: 'NHS', places: ['Alpha North'] },
      { name: 'Alpha Council', kind: 'LOCAL_AUTHORITY', sector: 'LOCAL_GOVERNMENT', places: ['Alpha North'] },
      { name: 'Alpha Carers', kind: 'VCSE', sector: 'VCSE', places: ['Alpha North'] },
      { name: 'Alpha Care Homes', kind: 'SOCIAL_CARE_PROVIDER', sector: 'INDEPENDENT', places: ['Alpha South'] },
    ]);
    [org.trust, org.council, org.carers, org.care] = alpha.organisations.map((o) => o.id);
    // Weights 60, 30, 10 in North; 50 in South, which North's figures leave out.
    for (const [id, weight] of [[org.trust, 60], [org.council, 30], [org.carers, 10], [org.care, 50]] as const) {
      await api.dataSource.query('update organisations set weight = $2 where id = $1', [id, weight]);
    }
    cookies = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await api.signIn(alpha.users[role], PASSWORD)]))) as Record<Role, string>;
    const forum = async (name: string, placeId: string) => (await ok('mutation($i: ForumInput!) { createForum(input: $i) { id } }', { i: { name, kind: 'PLACE_BOARD', placeId } }))['createForum'].id as string;
    north = await forum('North Place Board', alpha.placeIds['Alpha North']);
    south = await forum('South Place Board', alpha.placeIds['Alpha South']);
    const seat = (forumId: string, organisationId: string, voting: boolean, from: string) => ok('mutation($i: SeatInput!) { addSeat(input: $i) { id } }', { i: { forumId, organisationId, voting, from } });
    await seat(north, org.trust, true, '2025-01-01');
    await seat(north, org.council, true, '2025-01-01');
    await seat(north, org.carers, false, '2025-06-01');
    await seat(south, org.care, true, '2025-01-01');

    // North, first quarter of 2026: three decisions.
    const first = await decide(north, '2026-01-10', org.trust, [
      [org.trust, { affected: true, present: true, vote: true }],
      // A deputy without authority to commit: present, but no say.
      [org.council, { affected: true, present: true, consulted: true, deputy: true, dissented: true }],
      [org.carers, { affected: true, consulted: true }],
    ], { conflictSurfaced: true });
    await decide(north, '2026-02-05', org.trust, [
      [org.trust, { affected: true, present: true, vote: true }],
      [org.carers, { affected: true, present: true, consulted: true, deputy: true, delegatedAuthority: true }],
    ], { outsideForum: true });
    await decide(north, '2026-03-20', org.council, [
      [org.trust, { present: true, vote: true }],
      [org.council, { affected: true, present: true, vote: true }],
    ], { reopensId: first });
    // South: one decision, outside North's figures.
    await decide(south, '2026-02-01', org.care, [[org.care, { affected: true }]]);
  }, 180_000);
  afterAll(() => api.close());

  const QUARTER = { from: '2026-01-01', to: '2026-03-31' };

  it("works out every figure of North's quarter as by hand", async () => {
    const figures = (await ok(INDICATORS, { p: alpha.placeIds['Alpha North'], ...QUARTER }, 'VIEWER'))['powerIndicators'];
    expect(figures.placeId).toBe(alpha.placeIds['Alpha North']);
    expect(figures.decisionCount).toBe(3);
    // Affected participants: 3 (January) + 2 (February) + 1 (March: the council) = 6. With a say: the trust in
    // January, the trust and the carers' deputy with authority in February, the council in March = 4. 4 ÷ 6.
    expect(figures.inclusionRatio).toBeCloseTo(4 / 6, 10);
    // One of three decisions outside the forum.
    expect(figures.outsideForumShare).toBeCloseTo(1 / 3, 10);
    // Present participants: 2 + 2 + 2 = 6; deputies without authority: the council in January = 1. 1 ÷ 6.
    expect(figures.deputiesWithoutAuthorityShare).toBeCloseTo(1 / 6, 10);
    // Seat-holders on North's board: trust 2 proposals, council 1, carers 0. Shares 2/3, 1/3, 0.
    // HHI = 4/9 + 1/9 + 0 = 5/9. Gini: |2−1| + |2−0| + |1−0| = 4 per direction, 8 both ways; n = 3, mean 1:
    // 8 ÷ (2 × 9 × 1) = 4/9.
    expect(figures.proposerHhi).toBeCloseTo(5 / 9, 10);
    expect(figures.proposerGini).toBeCloseTo(4 / 9, 10);
    // March reopens January: 1 of 3. Dissent in January only: 1 of 3. Conflict surfaced in January only: 1 of 3.
    expect(figures.reopenedShare).toBeCloseTo(1 / 3, 10);
    expect(figures.dissentRate).toBeCloseTo(1 / 3, 10);
    expect(figures.conflictSurfacedRate).toBeCloseTo(1 / 3, 10);
  });

  it("shows representation by sector on the period's last day, with flags", async () => {
    const { representation } = (await ok(INDICATORS, { p: alpha.placeIds['Alpha North'], ...QUARTER }, 'NON_EXECUTIVE'))['powerIndicators'];
    const bySector = Object.fromEntries(representation.map((r: { sector: string }) => [r.sector, r]));
    expect(Object.keys(bySector).sort()).toEqual(['INDEPENDENT', 'LOCAL_GOVERNMENT', 'NHS', 'VCSE']);
    // Seats on 31 March: trust (voting), council (voting), carers (no vote): 3 seats, 2 votes. North's weight: 60 + 30 + 10 = 100.
    // NHS: seats 1/3, votes 1/2, weight 0.6; seat ratio (1/3) ÷ 0.6 = 0.556 < 0.8 → under; vote ratio 0.5 ÷ 0.6 = 0.833.
    expect(bySector.NHS).toMatchObject({ seats: 1, votingSeats: 1, weight: 60, weightShare: 0.6, seatFlag: 'under', voteFlag: null });
    expect(bySector.NHS.seatRatio).toBeCloseTo(5 / 9, 10);
    expect(bySector.NHS.voteRatio).toBeCloseTo(5 / 6, 10);
    // Local government: weight 0.3; seat ratio (1/3) ÷ 0.3 = 1.111; vote ratio 0.5 ÷ 0.3 = 1.667 > 1.25 → over.
    expect(bySector.LOCAL_GOVERNMENT).toMatchObject({ seatShare: 1 / 3, voteShare: 0.5, weightShare: 0.3, seatFlag: null, voteFlag: 'over' });
    // VCSE: weight 0.1; seat ratio (1/3) ÷ 0.1 = 3.33 → over; no vote: 0 ÷ 0.1 = 0 → under.
    expect(bySector.VCSE).toMatchObject({ seats: 1, votingSeats: 0, voteShare: 0, voteRatio: 0, seatFlag: 'over', voteFlag: 'under' });
    expect(bySector.VCSE.seatRatio).toBeCloseTo(10 / 3, 10);
    // Independent: the care homes serve South, so no seat and no weight here: nothing to compare.
    expect(bySector.INDEPENDENT).toMatchObject({ seats: 0, weight: 0, seatShare: 0, weightShare: 0, seatRatio: null, voteRatio: null, seatFlag: null });
  });

  it('gives nulls, never 0, for a period with no decisions', async () => {
    const figures = (await ok(INDICATORS, { p: alpha.placeIds['Alpha North'], from: '2025-01-01', to: '2025-12-31' }))['powerIndicators'];
    expect(figures).toMatchObject({
      decisionCount: 0, inclusionRatio: null, outsideForumShare: null, deputiesWithoutAuthorityShare: null, proposerHhi: null, proposerGini: null,
      reopenedShare: null, dissentRate: null, conflictSurfacedRate: null,
    });
  });

  it("counts the whole system's decisions without a place, and each place's forums with one", async () => {
    expect((await ok(INDICATORS, QUARTER))['powerIndicators']).toMatchObject({ placeId: null, decisionCount: 4 });
    // South: one decision, the care homes affected and absent: inclusion 0 ÷ 1 = 0 (a real zero, not empty).
    expect((await ok(INDICATORS, { p: alpha.placeIds['Alpha South'], ...QUARTER }, 'LEADER'))['powerIndicators']).toMatchObject({ decisionCount: 1, inclusionRatio: 0 });
  });

  it('shows a place lead their own place only, and refuses any other', async () => {
    const own = (await ok(INDICATORS, QUARTER, 'PLACE_LEAD'))['powerIndicators'];
    expect(own).toMatchObject({ placeId: alpha.placeIds['Alpha North'], decisionCount: 3 });
    expect(errorCodes(await gql(INDICATORS, { p: alpha.placeIds['Alpha South'], ...QUARTER }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(SERIES, { p: alpha.placeIds['Alpha South'], from: '2026-01', to: '2026-03' }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(INDICATOR_LIST, { p: alpha.placeIds['Alpha South'] }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
  });

  it('gives each figure per month and warns when dissent and conflict have been absent for the run of months', async () => {
    const { figures, tooCosy } = (await ok(SERIES, { p: alpha.placeIds['Alpha North'], from: '2025-12', to: '2026-03', cosy: 2 }, 'PLACE_LEAD'))['powerSeries'];
    const inclusion = figures.find((f: { figure: string }) => f.figure === 'inclusionRatio');
    // December: no decisions (empty); January 1 of 3 affected with a say; February 2 of 2; March 1 of 1.
    expect(inclusion.points.map((p: { value: number | null }) => p.value)).toEqual([null, 1 / 3, 1, 1]);
    expect(figures.find((f: { figure: string }) => f.figure === 'decisionCount').points.map((p: { value: number }) => p.value)).toEqual([0, 1, 1, 1]);
    // Dissent and conflict surfaced: January yes, February and March no: two zero months in a row.
    expect(tooCosy).toEqual({ warning: true, dissentWarning: true, dissentMonths: ['2026-02', '2026-03'], conflictSurfacedWarning: true, conflictSurfacedMonths: ['2026-02', '2026-03'] });
    expect((await ok(SERIES, { p: alpha.placeIds['Alpha North'], from: '2025-12', to: '2026-03' }))['powerSeries'].tooCosy.warning).toBe(false);
  });

  it('names the field of a bad date or range', async () => {
    const fields = async (query: string, variables: Record<string, unknown>) => ((await gql(query, variables)).errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[]).map((e) => e.field);
    expect(await fields(INDICATORS, { from: '2026-02-30', to: '2026-03-31' })).toEqual(['from']);
    expect(await fields(INDICATORS, { from: '2026-03-01', to: '2026-01-31' })).toEqual(['to']);
    expect(await fields(INDICATORS, { from: '2020-01-01', to: '2025-01-31' })).toEqual(['to']);
    expect(await fields(SERIES, { from: '2026-13', to: '2026-03' })).toEqual(['fromMonth']);
    expect(await fields(SERIES, { from: '2021-01', to: '2026-01' })).toEqual(['toMonth']);
    expect(await fields(SERIES, { from: '2026-01', to: '2026-03', cosy: 0 })).toEqual(['cosyMonths']);
  });

  describe('manual indicators', () => {
    const indicator = (extra: Record<string, unknown> = {}) => ({
      name: 'Share of the budget decided jointly', value: 0.42, from: '2025-04-01', to: '2026-03-31',
      evidenceUrl: 'https://example.nhs.uk/pooled-budget-report.pdf', evidenceTitle: 'Pooled budget report 2025/26', ...extra,
    });

    it('stores who entered it and when, for the system or a place', async () => {
      const before = Date.now();
      const saved = (await ok(RECORD_INDICATOR, { i: indicator() }, 'LEADER'))['recordManualIndicator'];
      expect(saved).toMatchObject({ ...indicator(), placeId: null, enteredByName: 'LEADER of Alpha ICS' });
      expect(new Date(saved.enteredAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
      // A place lead's indicator is their place's, said or not.
      const lead = (await ok(RECORD_INDICATOR, { i: indicator({ name: 'Carers at the table' }) }, 'PLACE_LEAD'))['recordManualIndicator'];
      expect(lead).toMatchObject({ placeId: alpha.placeIds['Alpha North'], enteredByName: 'PLACE_LEAD of Alpha ICS' });
      const listed = (await ok(INDICATOR_LIST, { p: alpha.placeIds['Alpha South'] }, 'VIEWER'))['manualIndicators'];
      expect(listed.map((i: { name: string }) => i.name)).toEqual(['Share of the budget decided jointly']);
      expect((await ok(INDICATOR_LIST, {}, 'PLACE_LEAD'))['manualIndicators'].map((i: { name: string }) => i.name).sort()).toEqual(['Carers at the table', 'Share of the budget decided jointly']);
    });

    it('refuses viewers and non-executives, a place lead naming another place, and names bad fields', async () => {
      expect(errorCodes(await gql(RECORD_INDICATOR, { i: indicator() }, 'VIEWER'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(RECORD_INDICATOR, { i: indicator() }, 'NON_EXECUTIVE'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(RECORD_INDICATOR, { i: indicator({ placeId: alpha.placeIds['Alpha South'] }) }, 'PLACE_LEAD'))).toEqual(['FORBIDDEN']);
      const bad = await gql(RECORD_INDICATOR, { i: indicator({ name: ' ', from: '2026-04-01', evidenceUrl: 'javascript:alert(1)' }) });
      expect((bad.errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[]).map((e) => e.field)).toEqual(['name', 'to', 'evidenceUrl']);
      expect(await api.dataSource.query('select count(*)::int as n from manual_indicators where name = $1', ['Carers at the table'])).toEqual([{ n: 1 }]);
    });
  });
});
