// The network map in a real browser: Debian's headless Chromium (through playwright-core) opening /network on the
// built API serving the built web app, over the bench's seeded 1,000-partner system.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import { NetworkService } from '../../../apps/api/src/network/network.service';
import { PASSWORD } from '../../../apps/api/test/support/fixtures';
import { startBuiltApp } from './built-app';
import type { FigureGroup, Target } from './figure';
import { percentile, RUNS, statsOf, WARM_UPS, type FrameStats, type Measurement, type Stats } from './measure';
import { LAST, NETWORK_SYSTEM, seedPartnerNetwork } from './partner-network';

/** At least this many frames of panning and zooming are recorded (the issue asks for 120 or more). */
const FRAMES = 150;
/** Panning and zooming stops after this long even with fewer frames (a software renderer under load can be that slow); the count is reported. */
const FRAMES_WITHIN_MS = 90_000;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };
const DRAWN = '.app-network-map__canvas[data-drawn]';

/**
 * Installed before the page's own scripts: every requestAnimationFrame callback is timed while `on` (sigma draws a
 * frame in one, so its duration is the frame's drawing time, WebGL calls included), and a loop of the untouched
 * requestAnimationFrame records the time between frames (what the eye sees: a missed frame is a long interval).
 */
const FRAME_PROBE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const probe = { on: false, renders: [], intervals: [], last: null };
  window.__mapFrames = probe;
  window.requestAnimationFrame = (callback) => raf((time) => {
    if (!probe.on) return callback(time);
    const started = performance.now();
    try { return callback(time); } finally { probe.renders.push(performance.now() - started); }
  });
  const loop = (time) => {
    if (probe.on) { if (probe.last !== null) probe.intervals.push(time - probe.last); probe.last = time; } else probe.last = null;
    raf(loop);
  };
  raf(loop);
})();`;

interface MapSession {
  firstDraws: number[];
  renders: number[];
  intervals: number[];
}

/** Opens `path` in a fresh context (signed in, nothing cached) and returns navigation start → the map's first drawing, in ms. */
async function firstDraw(browser: Browser, baseURL: string, storageState: Awaited<ReturnType<BrowserContext['storageState']>>, path: string): Promise<number> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, storageState });
  try {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForSelector(DRAWN, { timeout: 120_000 });
    // The web marks 'network-map-drawn' when sigma has rendered the map's first frame; marks count from navigation start.
    const { drawn, requests } = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('network-map-drawn')[0]?.startTime ?? null,
      // Where the time went: each GraphQL request's start, end and size before the map was drawn.
      requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('/graphql'))
        .map((entry) => `${Math.round(entry.startTime)}–${Math.round(entry.responseEnd)} ms ${Math.round(entry.encodedBodySize / 1024)} kB`),
    }));
    if (drawn === null) throw new Error(`${path}: the map was drawn but left no 'network-map-drawn' mark`);
    // The whole month is asked for once the map is drawn: let it arrive, so that the API is not still answering it
    // when the next run opens the page.
    await page.getByRole('table', { name: 'Weak links, each with its reason' }).waitFor({ timeout: 180_000 });
    process.stderr.write(`  ${path}: first draw ${Math.round(drawn)} ms; GraphQL requests ${requests.join(', ')}\n`);
    return drawn;
  } finally {
    await context.close();
  }
}

/** Pans (drags) and zooms (Ctrl + wheel, sigma's animated zoom) the drawn map until at least FRAMES frames are recorded. */
async function panAndZoom(page: Page): Promise<{ renders: number[]; intervals: number[] }> {
  const canvas = page.locator(DRAWN);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The map has no box on the page');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const reach = Math.min(box.width, box.height) / 3;
  await page.evaluate(() => {
    const probe = (window as unknown as { __mapFrames: { on: boolean; renders: number[]; intervals: number[] } }).__mapFrames;
    Object.assign(probe, { on: true, renders: [], intervals: [] });
  });
  const recorded = () => page.evaluate(() => (window as unknown as { __mapFrames: { intervals: number[] } }).__mapFrames.intervals.length);
  const started = Date.now();
  while ((await recorded()) < FRAMES && Date.now() - started < FRAMES_WITHIN_MS) {
    // A drag round a square, then three notches of zoom in and out.
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (const [dx, dy] of [[1, 0], [1, 1], [0, 1], [0, 0]]) await page.mouse.move(centre.x + dx * reach, centre.y + dy * reach, { steps: 20 });
    await page.mouse.up();
    await page.keyboard.down('Control');
    for (const delta of [-120, -120, -120, 120, 120, 120]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(120);
    }
    await page.keyboard.up('Control');
  }
  return page.evaluate(() => {
    const probe = (window as unknown as { __mapFrames: { on: boolean; renders: number[]; intervals: number[] } }).__mapFrames;
    probe.on = false;
    return { renders: probe.renders, intervals: probe.intervals };
  });
}

function frameStats(values: readonly number[]): FrameStats {
  return { ...statsOf(values), p95: percentile(values, 95), samples: values.length };
}

const FIRST_DRAW: Target = { text: 'median <= 2 s', met: ({ median }) => median <= 2000 };
const FRAME: Target = { text: 'p95 <= 16 ms', met: ({ p95 }) => p95 !== undefined && p95 <= 16 };

export const networkMapFigures: FigureGroup = {
  id: 'network-map',
  title: `Network map in headless Chromium (/usr/bin/chromium, software WebGL): ${NETWORK_SYSTEM}; /network for ${LAST}, positions kept`,
  names: ['network-map-first-draw', 'network-map-frame-render', 'network-map-frame-interval'],
  async prepare(api) {
    const { caller, placeId, leaderEmail } = await seedPartnerNetwork(api);
    // Positions and figures precomputed and kept, as after anyone has opened the month once.
    const network = api.app.get(NetworkService);
    for (const scope of [null, placeId]) await asSystem(caller.systemId, () => network.network(caller, null, scope));

    const server = await startBuiltApp(api.databaseUrl);
    this.finish = async () => server.stop();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    this.finish = async () => {
      await browser.close();
      server.stop();
    };
    const signIn = await browser.newContext({ baseURL: server.url, viewport: VIEWPORT });
    const page = await signIn.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(leaderEmail);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const storageState = await signIn.storageState();
    await signIn.close();

    // One browser session per network: WARM_UPS + RUNS first draws (each in a fresh context), then the frames.
    const sessions = new Map<string, Promise<MapSession>>();
    const session = (path: string) => {
      if (!sessions.has(path)) {
        sessions.set(
          path,
          (async () => {
            for (let i = 0; i < WARM_UPS; i++) await firstDraw(browser, server.url, storageState, path);
            const firstDraws: number[] = [];
            for (let i = 0; i < RUNS; i++) firstDraws.push(await firstDraw(browser, server.url, storageState, path));
            const context = await browser.newContext({ baseURL: server.url, viewport: VIEWPORT, storageState });
            await context.addInitScript(FRAME_PROBE);
            const mapPage = await context.newPage();
            await mapPage.goto(path);
            await mapPage.waitForSelector(DRAWN, { timeout: 120_000 });
            // Let the rest of the page (tables, the previous month) arrive before moving the map.
            await mapPage.getByRole('heading', { name: 'Weak links' }).waitFor({ timeout: 120_000 });
            await mapPage.waitForTimeout(1000);
            const frames = await panAndZoom(mapPage);
            process.stderr.write(`  ${path}: ${frames.intervals.length} frames, ${frames.renders.length} drawn\n`);
            await context.close();
            return { firstDraws, ...frames };
          })(),
        );
      }
      return sessions.get(path) as Promise<MapSession>;
    };
    const place = `/network?placeId=${placeId}`;
    const measured = (name: string, path: string, pick: (s: MapSession) => Stats | FrameStats): Measurement => ({
      name,
      unit: 'ms',
      stats: async () => pick(await session(path)),
    });
    const firstDraws = (s: MapSession) => statsOf(s.firstDraws);

    return [
      {
        measurement: measured('network-map-first-draw', '/network', firstDraws),
        description: 'navigation start to the first drawn map of the whole system (1,000 partners), signed in, nothing cached',
        baseline: measured('network-map-first-draw-place', place, firstDraws),
        target: FIRST_DRAW,
      },
      {
        measurement: measured('network-map-frame-render', '/network', (s) => frameStats(s.renders)),
        description: `drawing time of each frame (requestAnimationFrame callbacks: sigma) while panning and zooming, at least ${FRAMES} frames`,
        baseline: measured('network-map-frame-render-place', place, (s) => frameStats(s.renders)),
        target: FRAME,
      },
      {
        measurement: measured('network-map-frame-interval', '/network', (s) => frameStats(s.intervals)),
        description: 'time between frames while panning and zooming (16.7 ms at 60 frames a second; longer means frames were missed)',
        baseline: measured('network-map-frame-interval-place', place, (s) => frameStats(s.intervals)),
      },
    ];
  },
};
