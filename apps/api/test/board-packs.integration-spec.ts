import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { BoardPackWorker } from '../src/board-packs/board-pack.worker';
import { claimNextPack, finishPack, MAX_OPEN_PACKS, type ClaimedPack } from '../src/board-packs/board-packs.queries';
import { ChromiumRenderer, type BoardPackRenderer } from '../src/board-packs/chromium-renderer';
import { APP_CONFIG, type AppConfig } from '../src/common/app-config';
import { minimalPdf } from './support/documents';
import { PASSWORD } from './support/fixtures';
import { createPopulatedSystem, PopulatedSystem } from './support/system-rows';
import { errorCodes, startTestApp, TestApp } from './support/test-app';

const REQUEST = 'mutation($m: String!, $p: ID) { requestBoardPack(month: $m, placeId: $p) { id month placeId status attempts maxAttempts error downloadPath } }';
const PACK = 'query($id: ID!) { boardPack(id: $id) { id status attempts error sizeBytes downloadPath } }';
const SUPPORT = '{ boardPackSupport { available reason } }';
const CHROMIUM = '/usr/bin/chromium';

/** A renderer that records what it was asked to open, and answers as told: a PDF, or a failure. */
class StandInRenderer implements BoardPackRenderer {
  canRender = true;
  opened: { url: string; cookie: { name: string; value: string } }[] = [];
  constructor(private readonly answer: (page: { url: string; cookie: { name: string; value: string } }) => Promise<Buffer>) {}
  render(page: { url: string; cookie: { name: string; value: string } }): Promise<Buffer> {
    this.opened.push(page);
    return this.answer(page);
  }
}

/**
 * The board pack queue and its worker against real PostgreSQL: requests are checked and queued, workers never take
 * the same pack, a crashed worker's pack is taken again and a failing one given up after three attempts, and a made
 * pack downloads only for whoever asked for it. One test renders a real page with the real Chromium.
 */
describe('board packs', () => {
  let api: TestApp;
  let alpha: PopulatedSystem;
  let beta: PopulatedSystem;
  let worker: BoardPackWorker;
  let webDist: string;
  let cookies: Record<string, string>;
  const month = new Date().toISOString().slice(0, 7);

  const request = (cookie: string, m = month, p: string | null = null) => api.graphql(REQUEST, { m, p }, cookie);
  const download = (id: string, cookie?: string) => fetch(`${api.url}/downloads/board-packs/${id}`, { headers: cookie ? { cookie: `stewardship_session=${cookie}` } : {} });
  const packRow = async (id: string) => (await api.dataSource.query('select status, attempts, error, lease_until as "leaseUntil" from board_packs where id = $1', [id]))[0];
  const clearQueue = () => api.dataSource.query(`delete from board_packs where status in ('QUEUED', 'RUNNING')`);

  beforeAll(async () => {
    // A stand-in for the web app's print route: a page that asks the API who is signed in, shows their system, and says it is ready.
    webDist = mkdtempSync(join(tmpdir(), 'board-pack-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="en"><head><title>Board pack</title></head><body><main id="root"></main><script src="/pack.js"></script></body></html>');
    writeFileSync(
      join(webDist, 'pack.js'),
      `const month = new URLSearchParams(location.search).get('month');
       fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { system { name } } }' }) })
         .then((r) => r.json())
         .then((body) => {
           const root = document.getElementById('root');
           const h1 = document.createElement('h1');
           h1.textContent = body.data.viewer.system.name + ' board pack';
           const p = document.createElement('p');
           p.textContent = 'Monthly review for ' + month;
           root.append(h1, p);
           root.setAttribute('data-board-pack-ready', 'true');
         }, () => document.getElementById('root').setAttribute('data-board-pack-ready', 'error'));`,
    );
    api = await startTestApp({ WEB_DIST: webDist }, { signInLimit: { attemptsPerAccount: 1000, attemptsPerAddress: 10_000, windowSeconds: 60 } });
    (api.app.get(APP_CONFIG) as AppConfig).boardPackRenderUrl = api.url;
    alpha = await createPopulatedSystem(api, 'Alpha ICS');
    beta = await createPopulatedSystem(api, 'Beta ICS');
    worker = api.app.get(BoardPackWorker);
    cookies = {};
    for (const role of ['LEADER', 'PLACE_LEAD', 'VIEWER', 'NON_EXECUTIVE'] as const) cookies[role] = await api.signIn(alpha.users[role], PASSWORD);
  });
  afterAll(async () => {
    await api.close();
    rmSync(webDist, { recursive: true, force: true });
  });
  beforeEach(() => clearQueue());

  it('queues a request, and shows it to the person who asked and to no one else', async () => {
    const asked = await request(cookies.LEADER);
    expect(asked.errors).toBeUndefined();
    const pack = asked.data?.['requestBoardPack'];
    expect(pack).toMatchObject({ month, placeId: null, status: 'QUEUED', attempts: 0, maxAttempts: 3, error: null, downloadPath: null });
    expect((await api.graphql(PACK, { id: pack.id }, cookies.LEADER)).data?.['boardPack']).toMatchObject({ id: pack.id, status: 'QUEUED' });
    for (const other of [alpha.admin, cookies.VIEWER, beta.admin]) expect(await api.graphql(PACK, { id: pack.id }, other)).toEqual({ data: { boardPack: null }, status: 200 });
    expect(errorCodes(await api.graphql(PACK, { id: pack.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a bad month or place with a field error naming it, and queues nothing', async () => {
    const count = async () => (await api.dataSource.query('select count(*)::int as n from board_packs'))[0].n;
    const before = await count();
    const fieldsOf = (result: Awaited<ReturnType<typeof request>>) => result.errors?.[0].extensions?.['fieldErrors'];
    expect(fieldsOf(await request(cookies.LEADER, 'May 2026'))).toEqual([{ field: 'month', message: 'Enter the month as yyyy-mm, for example 2026-11' }]);
    expect(fieldsOf(await request(cookies.LEADER, '2019-04'))).toEqual([{ field: 'month', message: 'There is no review for April 2019 to make a board pack of: no survey round has opened for it' }]);
    for (const place of [randomUUID(), 'not-an-id', beta.placeIds['Beta ICS North']]) {
      expect(fieldsOf(await request(cookies.LEADER, month, place))).toEqual([{ field: 'placeId', message: 'The place is not one of your system' }]);
    }
    expect(await count()).toBe(before);
  });

  it("makes a place lead's pack of their own place, and refuses them any other", async () => {
    const [north, south] = Object.values(alpha.placeIds);
    expect((await request(cookies.PLACE_LEAD)).data?.['requestBoardPack'].placeId).toBe(north);
    expect((await request(cookies.PLACE_LEAD, month, north)).data?.['requestBoardPack'].placeId).toBe(north);
    expect(errorCodes(await request(cookies.PLACE_LEAD, month, south))).toEqual(['FORBIDDEN']);
    expect((await request(cookies.LEADER, month, south)).data?.['requestBoardPack'].placeId).toBe(south);
  });

  it(`lets one person have ${MAX_OPEN_PACKS} packs waiting at once, not more`, async () => {
    for (let i = 0; i < MAX_OPEN_PACKS; i++) expect((await request(cookies.VIEWER)).errors).toBeUndefined();
    const fourth = await request(cookies.VIEWER);
    expect(errorCodes(fourth)).toEqual(['TOO_MANY_REQUESTS']);
    expect(fourth.errors?.[0].message).toBe('You already have 3 board packs waiting or being made. Ask for another when one of them is ready.');
    // Someone else is not held up by it.
    expect((await request(cookies.NON_EXECUTIVE)).errors).toBeUndefined();
  });

  it('never gives two workers the same pack: a pack another is claiming is skipped, not waited for', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2; i++) ids.add((await request([cookies.LEADER, cookies.VIEWER][i])).data?.['requestBoardPack'].id);
    // One worker's claim is still in its transaction (its row locked) while another claims.
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const first = await claimNextPack(runner.manager);
      const second = await claimNextPack(api.dataSource.manager);
      expect(first && second && first.id !== second.id).toBe(true);
      expect(new Set([first?.id, second?.id])).toEqual(ids);
      expect(await claimNextPack(api.dataSource.manager)).toBeNull();
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    // And many at once: each of five packs is taken exactly once.
    await clearQueue();
    for (const role of ['LEADER', 'VIEWER', 'NON_EXECUTIVE', 'PLACE_LEAD']) await request(cookies[role]);
    await request(alpha.admin);
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimNextPack(api.dataSource.manager)));
    const taken = claims.filter((c): c is ClaimedPack => c !== null).map((c) => c.id);
    expect(taken).toHaveLength(5);
    expect(new Set(taken).size).toBe(5);
  });

  it("takes a crashed worker's pack again once its lease runs out, and the crashed worker cannot finish it after", async () => {
    const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    const crashed = await claimNextPack(api.dataSource.manager);
    if (!crashed) throw new Error('the waiting pack was not claimed');
    expect(crashed.id).toBe(id);
    // Still leased: nobody else takes it.
    worker.renderWith(new StandInRenderer(async () => minimalPdf('Alpha ICS')));
    expect(await worker.workOnce()).toBe(false);
    expect((await api.graphql(PACK, { id }, cookies.LEADER)).data?.['boardPack']).toMatchObject({ status: 'RUNNING', attempts: 1 });

    await api.dataSource.query(`update board_packs set lease_until = now() - interval '1 second' where id = $1`, [id]);
    expect(await worker.workOnce()).toBe(true);
    expect((await api.graphql(PACK, { id }, cookies.LEADER)).data?.['boardPack']).toMatchObject({ status: 'DONE', attempts: 2, error: null, downloadPath: `/downloads/board-packs/${id}` });
    expect(await finishPack(api.dataSource.manager, crashed, minimalPdf('late'))).toBe(false);
  });

  it('gives a pack up as FAILED, with the error, after three failed attempts', async () => {
    const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    worker.renderWith(new StandInRenderer(async () => Promise.reject(new Error('Chromium crashed'))));
    for (const attempts of [1, 2]) {
      expect(await worker.workOnce()).toBe(true);
      expect((await api.graphql(PACK, { id }, cookies.LEADER)).data?.['boardPack']).toMatchObject({ status: 'QUEUED', attempts, error: 'Chromium crashed', downloadPath: null });
    }
    expect(await worker.workOnce()).toBe(true);
    expect((await api.graphql(PACK, { id }, cookies.LEADER)).data?.['boardPack']).toMatchObject({ status: 'FAILED', attempts: 3, error: 'Chromium crashed', downloadPath: null });
    expect(await worker.workOnce()).toBe(false);
    expect((await download(id, cookies.LEADER)).status).toBe(404);

    // A worker that dies on the last attempt: the lease runs out and the pack is ended, not tried a fourth time.
    const second = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    await api.dataSource.query(`update board_packs set status = 'RUNNING', attempts = 3, lease_until = now() - interval '1 second' where id = $1`, [second]);
    expect(await claimNextPack(api.dataSource.manager)).toBeNull();
    expect(await packRow(second)).toMatchObject({ status: 'FAILED', attempts: 3, error: 'The worker making it stopped before it finished, 3 times', leaseUntil: null });
  });

  it('opens the print route as the person who asked, with a session that ends with the pack', async () => {
    const [, south] = Object.values(alpha.placeIds);
    const id = (await request(cookies.LEADER, month, south)).data?.['requestBoardPack'].id;
    let viewerDuring: unknown;
    const renderer = new StandInRenderer(async ({ cookie }) => {
      viewerDuring = (await api.graphql('{ viewer { user { email } role } }', {}, cookie.value)).data?.['viewer'];
      return minimalPdf('Alpha ICS');
    });
    worker.renderWith(renderer);
    expect(await worker.workOnce()).toBe(true);
    expect(renderer.opened.map((o) => o.url)).toEqual([`${api.url}/review/board-pack?month=${month}&place=${south}`]);
    expect(renderer.opened[0].cookie.name).toBe('stewardship_session');
    expect(viewerDuring).toEqual({ user: { email: alpha.users.LEADER }, role: 'LEADER' });
    expect((await api.graphql('{ viewer { role } }', {}, renderer.opened[0].cookie.value)).data?.['viewer']).toBeNull();
    expect((await packRow(id)).status).toBe('DONE');
  });

  it('downloads a made pack as a PDF attachment for whoever asked for it only', async () => {
    const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    worker.renderWith(new StandInRenderer(async () => minimalPdf('Alpha ICS board pack')));
    await worker.workOnce();
    const response = await download(id, cookies.LEADER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Alpha ICS board pack ${month}.pdf"; filename*=UTF-8''Alpha%20ICS%20board%20pack%20${month}.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(minimalPdf('Alpha ICS board pack'));
    expect((await api.graphql(PACK, { id }, cookies.LEADER)).data?.['boardPack'].sizeBytes).toBe(minimalPdf('Alpha ICS board pack').length);

    expect((await download(id, alpha.admin)).status).toBe(403);
    expect((await download(id, cookies.VIEWER)).status).toBe(403);
    expect((await download(id, beta.admin)).status).toBe(404);
    expect((await download(id)).status).toBe(401);
    expect((await download(randomUUID(), cookies.LEADER)).status).toBe(404);
    expect((await download('not-an-id', cookies.LEADER)).status).toBe(404);
  });

  it('says packs can be made only while a worker with a browser has been seen lately', async () => {
    await api.dataSource.query('delete from board_pack_workers');
    const support = async () => (await api.graphql(SUPPORT, {}, cookies.VIEWER)).data?.['boardPackSupport'];
    expect(await support()).toEqual({ available: false, reason: 'No board pack worker is running on the server just now, so a PDF cannot be made here.' });
    const browserless = new StandInRenderer(async () => minimalPdf());
    browserless.canRender = false;
    worker.renderWith(browserless);
    await worker.heartbeat();
    expect(await support()).toEqual({ available: false, reason: 'The server has no Chromium to make board packs with (its administrator can install it or set CHROMIUM_PATH).' });
    // Without a browser the worker leaves packs waiting rather than failing them.
    const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    expect(await worker.workOnce()).toBe(false);
    expect((await packRow(id)).status).toBe('QUEUED');

    worker.renderWith(new StandInRenderer(async () => minimalPdf()));
    await worker.heartbeat();
    expect(await support()).toEqual({ available: true, reason: null });
    await api.dataSource.query(`update board_pack_workers set seen_at = now() - interval '31 seconds'`);
    expect((await support()).available).toBe(false);
    // The app's role may read the heartbeats, never write them.
    await expect(api.dataSource.query(`set role stewardship_app; insert into board_pack_workers (worker_id, can_render) values ('fake', true)`)).rejects.toThrow(/permission denied/);
    await api.dataSource.query('reset role');
  });

  (require('node:fs').existsSync(CHROMIUM) ? it : it.skip)('renders a real page with Chromium into a tagged PDF naming the system and month', async () => {
    const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
    worker.renderWith(new ChromiumRenderer(CHROMIUM, 30_000));
    expect(await worker.workOnce()).toBe(true);
    expect(await packRow(id)).toMatchObject({ status: 'DONE', error: null });
    const pdf = Buffer.from(await (await download(id, cookies.LEADER)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Tagged: a structure tree for screen readers.
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain('Alpha ICS board pack');
    expect(text).toContain(`Monthly review for ${month}`);
  }, 60_000);

  (require('node:fs').existsSync(CHROMIUM) ? it : it.skip)('keeps its browser for the next pack, and starts another when that one has gone', async () => {
    const renderer = new ChromiumRenderer(CHROMIUM, 30_000);
    worker.renderWith(renderer);
    const makePack = async () => {
      const id = (await request(cookies.LEADER)).data?.['requestBoardPack'].id;
      expect(await worker.workOnce()).toBe(true);
      expect(await packRow(id)).toMatchObject({ status: 'DONE', error: null });
    };
    // The process ids of the browsers Playwright started (their renderers' command lines do not carry the pipe).
    const browsers = () => spawnSync('pgrep', ['-f', '--', '--remote-debugging-pipe']).stdout.toString().trim().split('\n').filter(Boolean);
    await makePack();
    const first = browsers();
    expect(first).toHaveLength(1);
    await makePack();
    // The same browser made the second pack, and is still there for the next.
    expect(browsers()).toEqual(first);
    // Gone (as after a crash): the next pack starts another.
    await renderer.close();
    expect(browsers()).toEqual([]);
    await makePack();
    expect(browsers()).toHaveLength(1);
    expect(browsers()).not.toEqual(first);
  }, 90_000);
});
