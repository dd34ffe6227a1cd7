import { ROLES, type Role } from '@stewardship/domain';
import { VERDICT_RULE_TEXT } from '@stewardship/evidence';
import { networkMetrics } from '@stewardship/network';
import { DecisionWriter } from '../src/decisions/decision-writer';
import { ResponseWriter } from '../src/surveys/response-writer';
import { minimalPdf, PNG } from './support/documents';
import { PASSWORD } from './support/fixtures';
import { createPopulatedSystem, PopulatedSystem } from './support/system-rows';
import { tableFingerprint } from './support/table-fingerprint';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const RECORD = 'mutation($i: ClaimInput!) { recordClaim(input: $i) { id status } }';
const LINK = 'mutation($i: ClaimEvidenceInput!) { linkClaimEvidence(input: $i) { id evidence { kind title note } } }';
const REVIEW = 'mutation($c: ID!, $v: Verdict!, $a: Boolean!, $r: String) { reviewClaim(claimId: $c, verdict: $v, accept: $a, reason: $r) { id status } }';
const ATTACH = 'mutation($i: ClaimDocumentInput!) { attachClaimDocument(input: $i) { id fileName mediaType sizeBytes downloadPath } }';
const CLAIM = `query($id: ID!) { claim(id: $id) {
  id status evidenceChangedSinceReview periodBefore { from to } mayReview
  evidenceSummary { suggestedVerdict rule ruleKey dataThrough items { evidence { kind title } reading { weighed agrees signal reason pointsBefore pointsDuring suppressedPoints movement rules points { date value } } } }
  latestVerdict { verdict accepted reason reviewer }
  verdicts { verdict suggestedVerdict accepted reason reviewer reviewedAt } } }`;
const PROPOSED = 'query($c: ID!) { proposedEvidence(claimId: $c) { kind title why powerFigure practice placeId decisionId reading { weighed agrees signal reason } } }';
const LIST = 'query($f: ClaimFilter) { claims(filter: $f) { totalCount edges { node { id status } } } }';
const CLAIM_TABLES = ['claims', 'claim_partners', 'claim_evidence', 'claim_verdicts', 'claim_documents'];

/** The affected partners with a say, per decision, month by month: two decisions of two affected partners each. */
const SAY_BEFORE = [4, 3, 4, 3, 4, 3];
const SAY_DURING = [3, 2, 2, 1, 1];

describe('claims checked against evidence', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let beta: PopulatedSystem;
  let cookies: Record<Role, string>;
  let betaAdmin: string;
  let northBoard: string;
  let north: string;
  let claimId: string;

  /**
   * Records, as Alpha's administrator, two decisions in the month on Alpha North's board, each affecting both
   * partners: `say` of the four affected places have a say (present and voting), the rest are absent.
   */
  async function decisionsIn(month: string, say: number): Promise<void> {
    const [{ id: adminId }] = await api.dataSource.query('select id from users where email = $1', [alpha.users.ADMIN]);
    const decisions = [0, 1].map((d) => ({
      forumId: northBoard,
      date: `${month}-1${d}`,
      title: `Alpha ICS decision ${month} ${d}`,
      summary: 'Agreed.',
      proposerId: null,
      outsideForum: false,
      conflictSurfaced: false,
      outcome: 'AGREED' as const,
      reopensId: null,
      practices: ['SHARING_POWER' as const],
      evidence: [],
      participants: alpha.organisations.map((organisation, p) => {
        const hasSay = d * 2 + p < say;
        return { organisationId: organisation.id, affected: true, present: hasSay, consulted: false, vote: hasSay, dissented: false, deputy: false, delegatedAuthority: false };
      }),
    }));
    await api.dataSource.transaction((tx) => new DecisionWriter(tx, alpha.system.id).record(decisions, adminId));
  }

  const claim = (overrides: Record<string, unknown> = {}) => ({
    text: 'Power is now shared fairly in Alpha North',
    sourceTitle: 'Alpha ICS board paper, January 2026',
    sourceUrl: 'https://alpha.example/board/2026-01.pdf',
    sourcePage: '7',
    madeById: alpha.organisations[0].id,
    madeByRole: 'Chief executive',
    madeOn: '2026-01-20',
    from: '2025-07-01',
    to: '2025-12-31',
    practices: ['SHARING_POWER'],
    direction: 'fair',
    placeId: north,
    partnerIds: [alpha.organisations[1].id],
    ...overrides,
  });
  const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    ((result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[]).map((e) => e.field);
  const read = async (id = claimId, cookie = cookies.NON_EXECUTIVE) => (await api.graphql(CLAIM, { id }, cookie)).data?.['claim'];

  beforeAll(async () => {
    api = await startTestApp();
    alpha = await createPopulatedSystem(api, 'Alpha ICS');
    beta = await createPopulatedSystem(api, 'Beta ICS');
    cookies = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await api.signIn(alpha.users[role], PASSWORD)]))) as Record<Role, string>;
    betaAdmin = beta.admin;
    north = alpha.placeIds['Alpha ICS North'];
    [{ id: northBoard }] = await api.dataSource.query('select id from forums where system_id = $1 and place_id = $2', [alpha.system.id, north]);
    // January to June 2025 the inclusion ratio alternates 1 and 0.75; July to November it falls to 0.25.
    for (const [i, say] of SAY_BEFORE.entries()) await decisionsIn(`2025-0${i + 1}`, say);
    for (const [i, say] of SAY_DURING.entries()) await decisionsIn(`2025-${String(i + 7).padStart(2, '0')}`, say);
    const recorded = await api.graphql(RECORD, { i: claim() }, cookies.NON_EXECUTIVE);
    expect(recorded.errors).toBeUndefined();
    claimId = recorded.data?.['recordClaim'].id;
  }, 180_000);
  afterAll(() => api.close());

  it('records a claim awaiting review, naming any organisation, place or partner not of the caller’s system as a field error', async () => {
    expect(await read()).toMatchObject({ status: 'AWAITING', periodBefore: { from: '2025-01-01', to: '2025-06-30' }, mayReview: true });
    const before = await tableFingerprint(api.dataSource);
    const foreign = await api.graphql(RECORD, { i: claim({ madeById: beta.organisations[0].id, placeId: beta.placeIds['Beta ICS North'], partnerIds: [beta.organisations[1].id] }) }, cookies.LEADER);
    expect(fieldsOf(foreign)).toEqual(['madeById', 'partnerIds.0', 'placeId']);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
    expect(errorCodes(await api.graphql(RECORD, { i: claim() }, cookies.VIEWER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.graphql(CLAIM, { id: claimId }, cookies.PLACE_LEAD))).toEqual(['FORBIDDEN']);
    expect((await api.graphql(CLAIM, { id: claimId }, betaAdmin)).data).toEqual({ claim: null });
  });

  it('links evidence from its own system only: another system’s decision, place or partner is a field error, another system’s claim is not found', async () => {
    const [{ id: betaDecision }] = await api.dataSource.query('select id from decisions where system_id = $1', [beta.system.id]);
    const before = await tableFingerprint(api.dataSource);
    expect(fieldsOf(await api.graphql(LINK, { i: { claimId, kind: 'DECISION', decisionId: betaDecision } }, cookies.LEADER))).toEqual(['decisionId']);
    expect(fieldsOf(await api.graphql(LINK, { i: { claimId, kind: 'POWER_INDICATOR', powerFigure: 'inclusionRatio', placeId: beta.placeIds['Beta ICS North'] } }, cookies.LEADER))).toEqual(['placeId']);
    expect(fieldsOf(await api.graphql(LINK, { i: { claimId, kind: 'NETWORK_MEASURE', networkMeasure: 'degree', organisationId: beta.organisations[0].id } }, cookies.LEADER))).toEqual(['organisationId']);
    const [{ id: betaClaim }] = await api.dataSource.query('select id from claims where system_id = $1', [beta.system.id]);
    expect(errorCodes(await api.graphql(LINK, { i: { claimId: betaClaim, kind: 'PRACTICE_SCORE', practice: 'SHARING_POWER' } }, cookies.LEADER))).toEqual(['NOT_FOUND']);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('proposes the figures bearing on its practice, place and period, reading each against the period before', async () => {
    const { data, errors } = await api.graphql(PROPOSED, { c: claimId }, cookies.NON_EXECUTIVE);
    expect(errors).toBeUndefined();
    const proposed = data?.['proposedEvidence'] as { kind: string; title: string; powerFigure: string | null; practice: string | null; placeId: string | null; reading: { weighed: boolean; agrees: boolean | null; signal: boolean } }[];
    expect(proposed.find((p) => p.kind === 'PRACTICE_SCORE')).toMatchObject({ practice: 'SHARING_POWER', placeId: north, title: 'Sharing power score, Alpha ICS North' });
    // Before: 1 and 0.75 alternating: mean 0.875, average moving range 0.25, limits 0.875 ± 2.66 × 0.25 = 0.21 and
    // 1.54, two-thirds of the way to the lower one 0.875 − 0.443 = 0.432. July to November 0.75, 0.5, 0.5, 0.25, 0.25:
    // inside the limits, and June to November is only 6 below the mean, but October and November are beyond 0.432
    // with September on the same side: 2 of 3 near the lower limit, a signal, lower, against a claim of fair sharing.
    const inclusion = proposed.find((p) => p.powerFigure === 'inclusionRatio');
    expect(inclusion).toMatchObject({ kind: 'POWER_INDICATOR', placeId: north, title: 'Inclusion ratio, Alpha ICS North', reading: { weighed: true, agrees: false, signal: true } });
    expect(proposed.filter((p) => p.kind === 'DECISION').length).toBeGreaterThan(0);
  });

  it('suggests contradicted for fair sharing while inclusion falls, and shows the rule', async () => {
    const linked = await api.graphql(LINK, { i: { claimId, kind: 'POWER_INDICATOR', powerFigure: 'inclusionRatio', placeId: north, note: 'Who had a say on the North board' } }, cookies.NON_EXECUTIVE);
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.['linkClaimEvidence'].evidence).toEqual([{ kind: 'POWER_INDICATOR', title: 'Inclusion ratio, Alpha ICS North', note: 'Who had a say on the North board' }]);
    const again = await api.graphql(LINK, { i: { claimId, kind: 'POWER_INDICATOR', powerFigure: 'inclusionRatio', placeId: north } }, cookies.NON_EXECUTIVE);
    expect(fieldsOf(again)).toEqual(['kind']);
    const summary = (await read()).evidenceSummary;
    expect(summary).toMatchObject({ suggestedVerdict: 'contradicted', ruleKey: 'againstOnly', rule: VERDICT_RULE_TEXT.againstOnly, dataThrough: '2025-11-01' });
    expect(summary.items[0].reading).toMatchObject({ weighed: true, agrees: false, signal: true, pointsBefore: 6, pointsDuring: 5, movement: 'lower' });
  });

  it('weighs a network measure from the partner network, month by month as libs/network computes it, withholding months of too few respondent organisations', async () => {
    // January to June 2025 Trust and Carers rate each other; July to November only Trust rates Carers.
    const [trust, carers] = alpha.organisations.map((organisation) => organisation.id);
    const ratings = (month: number) => (month <= 6 ? [[trust, carers], [carers, trust]] : [[trust, carers]]);
    const writer = new ResponseWriter(api.dataSource.manager, alpha.system.id);
    for (let m = 1; m <= 11; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      const roundId = await writer.insertRound(`${month}-01`, `${month}-01`, `${month}-21`);
      await writer.write(
        ratings(m).map(([from, to]) => ({
          roundId, month: `${month}-01`, organisationId: from, sector: 'NHS', roleGroup: 'EXECUTIVE', placeIds: [], practiceScores: [],
          ratings: [{ organisationId: to, trust: 4, value: 4, contactFrequency: 'MONTHLY', type: 'INFORMAL', note: null }],
        })),
      );
    }
    const recorded = await api.graphql(RECORD, { i: claim({ text: 'Relationships across Alpha ICS have thinned', practices: ['HEALTHY_RELATIONSHIPS'], direction: 'declined', placeId: null, partnerIds: [] }) }, cookies.LEADER);
    const id = recorded.data?.['recordClaim'].id;
    expect((await api.graphql(LINK, { i: { claimId: id, kind: 'NETWORK_MEASURE', networkMeasure: 'density' } }, cookies.LEADER)).errors).toBeUndefined();
    const expected = (m: number) => networkMetrics(alpha.organisations.map((o) => ({ id: o.id, sector: 'NHS' })), ratings(m).map(([source, target]) => ({ source, target, weight: 1 }))).density;

    const [{ minimum_group_size: groupSize }] = await api.dataSource.query('select minimum_group_size from systems where id = $1', [alpha.system.id]);
    try {
      await api.dataSource.query('update systems set minimum_group_size = 1 where id = $1', [alpha.system.id]);
      const summary = (await read(id)).evidenceSummary;
      const reading = summary.items[0].reading;
      expect(reading.points.map((p: { date: string; value: number }) => [p.date, p.value])).toEqual(
        Array.from({ length: 11 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}-01`, expected(i + 1)]),
      );
      expect(reading.points.map((p: { value: number }) => p.value)).toEqual([1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5]);
      // Flat at 1 before, so its limits are 1 and 1: every month at 0.5 is beyond them, a fall, as the claim says.
      expect(reading).toMatchObject({ weighed: true, agrees: true, signal: true, movement: 'lower', pointsBefore: 6, pointsDuring: 5, suppressedPoints: 0 });
      expect(summary.suggestedVerdict).toBe('supported');

      // Two respondent organisations at least: July to November (Trust alone) are withheld, so too little evidence.
      await api.dataSource.query('update systems set minimum_group_size = 2 where id = $1', [alpha.system.id]);
      const withheld = (await read(id)).evidenceSummary;
      expect(withheld.items[0].reading).toMatchObject({ pointsBefore: 6, pointsDuring: 0, suppressedPoints: 5, agrees: null });
      expect(withheld.suggestedVerdict).toBe('insufficient');
    } finally {
      await api.dataSource.query('update systems set minimum_group_size = $2 where id = $1', [alpha.system.id, groupSize]);
    }
  });

  it('refuses an override without a reason with a field error on reason, and an acceptance of anything but the suggestion', async () => {
    const before = await tableFingerprint(api.dataSource);
    const unexplained = await api.graphql(REVIEW, { c: claimId, v: 'supported', a: false, r: '  ' }, cookies.NON_EXECUTIVE);
    expect(fieldsOf(unexplained)).toEqual(['reason']);
    const notTheSuggestion = await api.graphql(REVIEW, { c: claimId, v: 'supported', a: true }, cookies.NON_EXECUTIVE);
    expect(fieldsOf(notTheSuggestion)).toEqual(['verdict']);
    for (const role of ['ADMIN', 'VIEWER', 'PLACE_LEAD'] as const) {
      expect(errorCodes(await api.graphql(REVIEW, { c: claimId, v: 'contradicted', a: true }, cookies[role]))).toEqual(['FORBIDDEN']);
    }
    expect(await tableFingerprint(api.dataSource)).toEqual(before);
  });

  it('keeps every verdict in order, with who, when and why', async () => {
    const accepted = await api.graphql(REVIEW, { c: claimId, v: 'contradicted', a: true }, cookies.NON_EXECUTIVE);
    expect(accepted.data?.['reviewClaim']).toEqual({ id: claimId, status: 'REVIEWED' });
    const overridden = await api.graphql(REVIEW, { c: claimId, v: 'partlySupported', a: false, r: 'Inclusion fell on one board; the others held.' }, cookies.LEADER);
    expect(overridden.errors).toBeUndefined();
    const { verdicts, latestVerdict, status } = await read();
    expect(verdicts.map((v: Record<string, unknown>) => [v['verdict'], v['suggestedVerdict'], v['accepted'], v['reason'], v['reviewer']])).toEqual([
      ['contradicted', 'contradicted', true, null, 'NON_EXECUTIVE of Alpha ICS'],
      ['partlySupported', 'contradicted', false, 'Inclusion fell on one board; the others held.', 'LEADER of Alpha ICS'],
    ]);
    expect(new Date(verdicts[0].reviewedAt).getTime()).toBeLessThanOrEqual(new Date(verdicts[1].reviewedAt).getTime());
    expect(latestVerdict).toEqual({ verdict: 'partlySupported', accepted: false, reason: 'Inclusion fell on one board; the others held.', reviewer: 'LEADER of Alpha ICS' });
    expect(status).toBe('REVIEWED');
  });

  it('marks the claim "evidence changed since review" when a new month of data arrives, and lists it so', async () => {
    const statusFilter = async (status: string) => (await api.graphql(LIST, { f: { status } }, cookies.VIEWER)).data?.['claims'].edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await statusFilter('REVIEWED')).toContain(claimId);
    // December's decisions arrive after the verdict: a sixth month in the claim's period.
    await decisionsIn('2025-12', 0);
    const changed = await read();
    expect(changed).toMatchObject({ status: 'CHANGED', evidenceChangedSinceReview: true, evidenceSummary: { dataThrough: '2025-12-01' } });
    expect(changed.evidenceSummary.items[0].reading.pointsDuring).toBe(6);
    expect(await statusFilter('CHANGED')).toContain(claimId);
    expect(await statusFilter('REVIEWED')).not.toContain(claimId);
    // A new review takes the evidence as it now stands.
    expect((await api.graphql(REVIEW, { c: claimId, v: 'contradicted', a: true }, cookies.NON_EXECUTIVE)).data?.['reviewClaim'].status).toBe('REVIEWED');
  });

  it("keeps a claim's evidence summary while the data up to its last month stands, and works it out again when that changes", async () => {
    const kept = async () => (await api.dataSource.query('select stamp, computed_at from claim_summaries where claim_id = $1', [claimId]))[0];
    const first = await read();
    const before = await kept();
    expect(before).toBeDefined();
    expect(await read()).toEqual(first);
    expect(await kept()).toEqual(before);
    // Decisions after the claim's period (July to December 2025) bear on none of its figures: kept as it was.
    await decisionsIn('2026-02', 1);
    expect(await read()).toEqual(first);
    expect(await kept()).toEqual(before);
    // A kept summary that no longer matches its stamp is not served: here one tampered with is worked out again.
    await api.dataSource.query(`update claim_summaries set stamp = 'stale', summary = jsonb_set(summary::jsonb, '{suggestion,verdict}', '"supported"')::json where claim_id = $1`, [claimId]);
    expect(await read()).toEqual(first);
    expect((await kept()).stamp).toBe(before.stamp);

    // Listing by status reads the kept fingerprint beside the summary while the stamp holds: one changed there is
    // what the list goes by, until the stamp no longer holds and the summary is worked out again.
    const statusFilter = async (status: string) => (await api.graphql(LIST, { f: { status } }, cookies.VIEWER)).data?.['claims'].edges.map((e: { node: { id: string } }) => e.node.id);
    expect(first.status).toBe('REVIEWED');
    expect(await statusFilter('REVIEWED')).toContain(claimId);
    await api.dataSource.query(`update claim_summaries set fingerprint = 'tampered' where claim_id = $1`, [claimId]);
    expect(await statusFilter('CHANGED')).toContain(claimId);
    await api.dataSource.query(`update claim_summaries set stamp = 'stale' where claim_id = $1`, [claimId]);
    expect(await statusFilter('REVIEWED')).toContain(claimId);
    expect(await statusFilter('CHANGED')).not.toContain(claimId);
    expect((await kept()).stamp).toBe(before.stamp);
  });

  it('lists claims by practice, place and verdict, and exports the list as CSV', async () => {
    const ids = async (f: Record<string, unknown>) => (await api.graphql(LIST, { f }, cookies.VIEWER)).data?.['claims'].edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ practice: 'SHARING_POWER', placeId: north, verdict: 'contradicted' })).toContain(claimId);
    expect(await ids({ practice: 'SHARED_PURPOSE' })).not.toContain(claimId);
    expect(await ids({ placeId: beta.placeIds['Beta ICS North'] })).toEqual([]);
    expect(await ids({ suggestedVerdict: 'contradicted', status: 'REVIEWED' })).toContain(claimId);
    const csv = (await api.graphql('query($f: ClaimFilter) { exportClaims(filter: $f) }', { f: { placeId: north } }, cookies.VIEWER)).data?.['exportClaims'] as string;
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Made on,Claim,Made by,Role,Document/);
    expect(csv).toContain('Power is now shared fairly in Alpha North');
    expect(csv).not.toContain('Beta ICS');
  });

  it('refuses a raw UPDATE, DELETE or TRUNCATE of any claims table, even by the tables’ owner', async () => {
    for (const table of CLAIM_TABLES) {
      const before = await api.dataSource.query(`select count(*)::int as n from ${table}`);
      await expect(api.dataSource.query(`update ${table} set system_id = system_id`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`delete from ${table}`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`truncate ${table} cascade`)).rejects.toThrow(/append-only/);
      expect(await api.dataSource.query(`select count(*)::int as n from ${table}`)).toEqual(before);
    }
  });

  it('refuses a PNG renamed .pdf, and serves a real PDF back, as an attachment, only to members of the same system', async () => {
    const before = await tableFingerprint(api.dataSource);
    const png = await api.graphql(ATTACH, { i: { claimId, fileName: 'board-paper.pdf', contentBase64: PNG.toString('base64') } }, cookies.NON_EXECUTIVE);
    expect(png.errors?.[0].extensions?.['fieldErrors']).toEqual([{ field: 'file', message: 'The file’s content is not a PDF, Word, Excel or PowerPoint document, whatever its name says' }]);
    const misnamed = await api.graphql(ATTACH, { i: { claimId, fileName: 'board-paper.docx', contentBase64: minimalPdf().toString('base64') } }, cookies.NON_EXECUTIVE);
    expect(fieldsOf(misnamed)).toEqual(['fileName']);
    expect(await tableFingerprint(api.dataSource)).toEqual(before);

    const pdf = minimalPdf('Alpha ICS board paper, January 2026');
    const attached = await api.graphql(ATTACH, { i: { claimId, fileName: 'Board paper – January.pdf', contentBase64: pdf.toString('base64') } }, cookies.NON_EXECUTIVE);
    expect(attached.errors).toBeUndefined();
    const { id, downloadPath, mediaType, sizeBytes } = attached.data?.['attachClaimDocument'] ?? {};
    expect({ mediaType, sizeBytes }).toEqual({ mediaType: 'application/pdf', sizeBytes: pdf.length });

    const download = (cookie?: string) => fetch(`${api.url}${downloadPath}`, { headers: cookie ? { cookie: `stewardship_session=${cookie}`, accept: 'text/html' } : { accept: 'text/html' } });
    const own = await download(cookies.VIEWER);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="Board paper _ January.pdf"; filename*=UTF-8''Board%20paper%20%E2%80%93%20January.pdf`);
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await own.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await download(betaAdmin)).status).toBe(404);
    expect((await download(cookies.PLACE_LEAD)).status).toBe(403);
    expect((await download()).status).toBe(401);
    expect((await fetch(`${api.url}/downloads/claim-documents/${id.toUpperCase().replace(/-/g, '')}`, { headers: { cookie: `stewardship_session=${cookies.VIEWER}` } })).status).toBe(404);
  });
});
