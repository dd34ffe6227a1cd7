import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '@stewardship/demo-data';
import { ClaimsService } from '../../../apps/api/src/claims/claims.service';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { SESSION_COOKIE } from '../../../apps/api/src/common/request-context';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import { loadDemoSystem } from '../../../apps/api/src/demo/demo-loader';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import { startBuiltApp } from './built-app';
import type { FigureGroup, Target } from './figure';
import { percentile, statsOf, RUNS, WARM_UPS as RUN_WARM_UPS, type LoadStats, type Measurement, type Stats } from './measure';

/** The page's own query, as the web sends it: every section in one request. */
const REVIEW_QUERY_FILE = resolve(__dirname, '../../../apps/web/src/features/review/graphql/review.graphql');
const TRIVIAL_QUERY = 'query Viewer { viewer { role } }';
/** Requests per figure after the warm-up: enough for a 95th percentile that is not one request's luck. */
const REQUESTS = 100;
const WARM_UPS = 10;
/** Leaders reading the review while board packs are made. */
const READERS = 4;
/** Claims on the large system, which has none of its own: as many as a board might have checked over two years. */
const CLAIMS = 45;

export const REVIEW_SYSTEM = `the large demo system (about 1,000 partners in 8 places, 24 months of rounds, 50,000 decisions) with ${CLAIMS} claims`;

const P95_UNDER_300: Target = { text: 'p95 <= 300 ms', met: (result) => (result.p95 as number) <= 300 };

/** A signed-in leader of the large system, and the API it asks (the bench's own, or the built one beside the worker). */
interface Session {
  url: string;
  cookie: string;
}

/** A session on the bench's own API, and whose it is (to sign in again on the built one, which has its own secret). */
type BenchSession = Session & { email: string };

/**
 * One GraphQL request over HTTP, as the browser makes it: how long it took in ms, and its answer's text. Fails on any
 * error. The answer is not parsed here: the bench shares the machine's two cores with what it measures.
 */
async function request(session: Session, query: string, variables: Record<string, unknown>, operationName?: string): Promise<{ ms: number; body: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${session.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${session.cookie}` },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!response.ok || body.includes('"errors"')) throw new Error(`The review bench's request failed (${response.status}): ${body.slice(0, 300)}`);
  return { ms, body };
}

const requestMs = async (...args: Parameters<typeof request>) => (await request(...args)).ms;

/** A small request's data. */
async function graphql(session: Session, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  return JSON.parse((await request(session, query, variables)).body).data;
}

function latencyStats(latencies: readonly number[]): LoadStats {
  return { ...statsOf(latencies), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: 0, requests: latencies.length };
}

/** Asks for the board pack of `month` and waits for the worker to make it: request to DONE, in ms. */
async function boardPack(session: Session, month: string): Promise<number> {
  const started = performance.now();
  const data = await graphql(session, 'mutation($month: String!) { requestBoardPack(month: $month) { id } }', { month });
  const id = (data['requestBoardPack'] as { id: string }).id;
  for (;;) {
    const pack = (await graphql(session, 'query($id: ID!) { boardPack(id: $id) { status error } }', { id }))['boardPack'] as { status: string; error: string | null };
    if (pack.status === 'DONE') return performance.now() - started;
    if (pack.status === 'FAILED') throw new Error(`The board pack failed: ${pack.error}`);
    if (performance.now() - started > 180_000) throw new Error(`The board pack was not made within 3 minutes (${pack.status}, ${pack.error ?? 'no error'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Board packs made one after another (RUN_WARM_UPS, then RUNS timed) by the worker beside the built API, while
 * READERS leaders keep asking that API for the review, each as soon as the last answer came: the packs' times, and
 * the review's latencies meanwhile.
 */
async function packsUnderLoad(session: Session, month: string, reviewQuery: string): Promise<{ packs: Stats; review: LoadStats }> {
  let packing = true;
  const latencies: number[] = [];
  const reader = async () => {
    while (packing) latencies.push(await requestMs(session, reviewQuery, { month }, 'MonthlyReview'));
  };
  const readers = Array.from({ length: READERS }, reader);
  try {
    for (let i = 0; i < RUN_WARM_UPS; i++) await boardPack(session, month);
    const packs: number[] = [];
    for (let i = 0; i < RUNS; i++) packs.push(await boardPack(session, month));
    return { packs: statsOf(packs), review: latencyStats(latencies) };
  } finally {
    packing = false;
    await Promise.all(readers);
  }
}

/** WARM_UPS requests unrecorded (the first computes what is kept), then REQUESTS one after another: their percentiles. */
function sequential(name: string, session: Session, query: string, variables: Record<string, unknown>, operationName?: string): Measurement {
  return {
    name,
    unit: 'ms',
    stats: async (): Promise<LoadStats> => {
      for (let i = 0; i < WARM_UPS; i++) await request(session, query, variables, operationName);
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS; i++) latencies.push(await requestMs(session, query, variables, operationName));
      return latencyStats(latencies);
    },
  };
}

/**
 * CLAIMS claims through the claims service, over the whole system and each place in turn, each weighing a practice
 * score, a power figure and a network measure over the last twelve months; two in three reviewed by a non-executive,
 * so that the review lists claims awaiting review and works out whose evidence changed.
 */
async function recordClaims(api: TestApp, systemId: string, month: string): Promise<void> {
  const member = async (role: 'LEADER' | 'NON_EXECUTIVE'): Promise<Caller> => {
    const [{ userId }]: { userId: string }[] = await api.dataSource.query('select user_id as "userId" from memberships where system_id = $1 and role = $2 limit 1', [systemId, role]);
    return { systemId, userId, role, placeId: null, systemViewGranted: false, sessionId: '', membershipId: '' };
  };
  const [leader, nonExecutive] = [await member('LEADER'), await member('NON_EXECUTIVE')];
  const places: { id: string }[] = await api.dataSource.query('select id from places where system_id = $1 order by name', [systemId]);
  const [{ id: madeById }]: { id: string }[] = await api.dataSource.query('select id from organisations where system_id = $1 order by name limit 1', [systemId]);
  const [year, monthNumber] = month.split('-').map(Number);
  // The twelve months to the month reviewed.
  const from = new Date(Date.UTC(year, monthNumber - 12, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  const claims = api.app.get(ClaimsService);
  await asSystem(systemId, async () => {
    for (let i = 0; i < CLAIMS; i++) {
      const placeId = i % (places.length + 1) === 0 ? null : places[i % places.length].id;
      const { id } = await claims.record(leader, {
        text: `Partners share purpose more than a year ago (bench claim ${i + 1}).`,
        sourceTitle: 'Board paper', sourceUrl: null, sourcePage: null, madeById, madeByRole: 'Chief executive', madeOn: to,
        from, to, practices: ['SHARED_PURPOSE'], direction: 'improved', placeId, partnerIds: [],
      });
      await claims.linkEvidence(leader, { claimId: id, note: 'The score', kind: 'PRACTICE_SCORE', practice: 'SHARED_PURPOSE', placeId });
      await claims.linkEvidence(leader, { claimId: id, note: 'Who has a say', kind: 'POWER_INDICATOR', powerFigure: 'inclusionRatio', placeId });
      await claims.linkEvidence(leader, { claimId: id, note: 'Ties', kind: 'NETWORK_MEASURE', networkMeasure: 'density', placeId });
      if (i % 3 !== 2) await claims.review(nonExecutive, id, 'supported', false, 'Read against the paper.');
    }
  });
}

/** The large demo system, loaded through the demo loader, with CLAIMS claims, and a leader of it signed in over HTTP. */
async function seed(api: TestApp): Promise<{ session: BenchSession; systemId: string; month: string; placeId: string }> {
  const { systemName } = await loadDemoSystem(api.dataSource, { scale: 'large', log: (line) => process.stderr.write(`[bench] large demo: ${line}\n`) });
  const [{ email, systemId }]: { email: string; systemId: string }[] = await api.dataSource.query(
    `select u.email, s.id as "systemId" from users u join memberships m on m.user_id = u.id join systems s on s.id = m.system_id
      where s.name = $1 and m.role = 'LEADER' order by u.email limit 1`,
    [systemName],
  );
  const session = { url: api.url, email, cookie: await api.signIn(email, DEMO_PASSWORD) };
  const [{ month }]: { month: string }[] = await api.dataSource.query(
    `select to_char(max(month), 'YYYY-MM') as month from survey_rounds where system_id = $1 and closes_at < now()`,
    [systemId],
  );
  const [{ id: placeId }]: { id: string }[] = await api.dataSource.query(
    `select p.id from places p join organisation_places op on op.place_id = p.id where p.system_id = $1 group by p.id order by count(*) desc, p.id limit 1`,
    [systemId],
  );
  await recordClaims(api, systemId, month);
  return { session, systemId, month, placeId };
}

export const reviewFigures: FigureGroup = {
  id: 'review',
  title: `Monthly review over HTTP, ${REVIEW_SYSTEM}: the page's one query, ${REQUESTS} requests one after another after ${WARM_UPS} warm-up`,
  names: ['review-system', 'review-place', 'review-first-request', 'review-trivial', 'board-pack-pdf', 'review-while-packing'],
  async prepare(api) {
    const REVIEW_QUERY = readFileSync(REVIEW_QUERY_FILE, 'utf8');
    const { session, systemId, month, placeId } = await seed(api);
    const trivial = sequential('review-trivial', session, TRIVIAL_QUERY, {});
    // The board pack needs the built web app to render and a worker process: started only when a pack figure is measured.
    let packing: Promise<{ packs: Stats; review: LoadStats }> | undefined;
    const packed = () =>
      (packing ??= (async () => {
        const built = await startBuiltApp(api.databaseUrl, { worker: true });
        this.finish = async () => built.stop();
        return packsUnderLoad({ url: built.url, cookie: await built.signIn(session.email, DEMO_PASSWORD) }, month, REVIEW_QUERY);
      })());
    return [
      { measurement: sequential('review-system', session, REVIEW_QUERY, { month }, 'MonthlyReview'), description: `the whole system's review of ${month}`, baseline: trivial, target: P95_UNDER_300 },
      { measurement: sequential('review-place', session, REVIEW_QUERY, { month, placeId }, 'MonthlyReview'), description: `the largest place's review of ${month}`, baseline: trivial, target: P95_UNDER_300 },
      {
        // What the first reader after a change waits for: the figures computed from the data and kept.
        measurement: {
          name: 'review-first-request',
          unit: 'ms',
          run: async () => {
            await api.dataSource.query('delete from review_snapshots where system_id = $1', [systemId]);
            return requestMs(session, REVIEW_QUERY, { month }, 'MonthlyReview');
          },
        },
        description: `the whole system's review of ${month} with nothing kept (the first request after its data changed)`,
        baseline: trivial,
      },
      { measurement: trivial, description: '{ viewer { role } }, the same way' },
      {
        measurement: { name: 'board-pack-pdf', unit: 'ms', stats: async () => (await packed()).packs },
        description: `the whole system's PDF board pack for ${month}: asked for, made by the worker in headless Chromium, stored (${RUN_WARM_UPS} warm-up, ${RUNS} timed), while ${READERS} leaders read the review`,
        target: { text: 'median <= 5 s', met: (result) => result.median <= 5_000 },
      },
      {
        measurement: { name: 'review-while-packing', unit: 'ms', stats: async () => (await packed()).review },
        description: `the review's query from ${READERS} leaders at once (each asking again when answered) on the API beside the worker, while the packs were made`,
        baseline: trivial,
        target: P95_UNDER_300,
      },
    ];
  },
};
