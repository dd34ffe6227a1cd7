import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { SessionsService } from '../auth/sessions.service';
import { APP_CONFIG, type AppConfig } from '../common/app-config';
import { SESSION_COOKIE } from '../common/request-context';
import { claimNextPack, finishPack, LEASE_SECONDS, packFailed, renewLease, workerGone, workerSeen, WORKER_FRESH_SECONDS, type ClaimedPack } from './board-packs.queries';
import { ChromiumRenderer, type BoardPackRenderer } from './chromium-renderer';

/**
 * How long the worker waits before looking again when the queue is empty: a pack asked for meanwhile waits up to
 * this long before it is started (2 s here made the PDF miss its 5 s), and a look is one small indexed query.
 */
const IDLE_MS = 250;
/** The requester's session for the render: ended as soon as the pack is done, and expiring well after any render's timeouts. */
const SESSION_SECONDS = 10 * 60;

/** The print route of the web app for one pack. */
export function boardPackPageUrl(base: string, pack: Pick<ClaimedPack, 'month' | 'placeId'>): string {
  const query = new URLSearchParams({ month: pack.month, ...(pack.placeId ? { place: pack.placeId } : {}) });
  return `${base}/review/board-pack?${query}`;
}

/**
 * Makes board packs, in its own process (`node main.js --worker`), so rendering never holds up the API. It beats a
 * heartbeat into board_pack_workers (saying whether it has a browser), claims the oldest waiting pack, opens the
 * review's print route as the person who asked for it (a short session of theirs, ended after), and stores the PDF,
 * renewing its lease meanwhile. If it crashes, the lease runs out and another worker (or it, restarted) tries again;
 * after the last attempt the pack is FAILED with the error. Nothing is kept in memory that another worker would need.
 */
@Injectable()
export class BoardPackWorker implements OnApplicationShutdown {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger('BoardPackWorker');
  private renderer: BoardPackRenderer;
  private stopping: AbortController | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.renderer = new ChromiumRenderer(config.chromiumPath);
  }

  /** Renders with `renderer` from now on (tests use a stand-in, or Chromium with a page of their own). */
  renderWith(renderer: BoardPackRenderer): void {
    void this.renderer.close?.();
    this.renderer = renderer;
  }

  get canRender(): boolean {
    return this.renderer.canRender;
  }

  heartbeat(): Promise<void> {
    return workerSeen(this.dataSource.manager, this.workerId, this.renderer.canRender);
  }

  /** Claims and makes one pack; false when there was none to make (or nothing to make it with). */
  async workOnce(): Promise<boolean> {
    if (!this.renderer.canRender) return false;
    const db = this.dataSource.manager;
    const pack = await claimNextPack(db);
    if (!pack) return false;
    const renewal = setInterval(() => void renewLease(db, pack).catch((error) => this.logger.warn(`Could not renew the lease of board pack ${pack.id}: ${error}`)), (LEASE_SECONDS * 1000) / 3);
    let session: { id: string; token: string } | null = null;
    try {
      session = await this.sessions.startOnBehalf(pack.systemId, pack.requestedBy, SESSION_SECONDS);
      if (!session) throw new Error('The person who asked for it is no longer a member of the system');
      const pdf = await this.renderer.render({ url: boardPackPageUrl(this.config.boardPackRenderUrl, pack), cookie: { name: SESSION_COOKIE, value: session.token } });
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('The renderer did not produce a PDF');
      if (!(await finishPack(db, pack, pdf))) this.logger.warn(`Board pack ${pack.id} was taken over by another worker before attempt ${pack.attempts} finished`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Board pack ${pack.id}, attempt ${pack.attempts}, failed: ${message}`);
      await packFailed(db, pack, message);
    } finally {
      clearInterval(renewal);
      if (session) await this.sessions.end(session.id).catch(() => undefined);
    }
    return true;
  }

  /** Works the queue until `stop()`: a heartbeat every WORKER_FRESH_SECONDS / 3, a look at the queue whenever idle. */
  start(): void {
    if (this.running) return;
    const stopping = (this.stopping = new AbortController());
    this.logger.log(this.renderer.canRender ? `Board pack worker ${this.workerId} started` : `Board pack worker ${this.workerId} started without Chromium at ${this.config.chromiumPath}: it makes no packs (set CHROMIUM_PATH)`);
    this.running = (async () => {
      let lastBeat = 0;
      while (!stopping.signal.aborted) {
        try {
          if (Date.now() - lastBeat >= (WORKER_FRESH_SECONDS * 1000) / 3) {
            await this.heartbeat();
            lastBeat = Date.now();
          }
          if (await this.workOnce()) continue;
        } catch (error) {
          this.logger.warn(`The board pack worker hit a problem and carries on: ${error}`);
        }
        await sleep(IDLE_MS, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    })();
  }

  /** Finishes the pack in hand, then stops and says so, so the button knows at once. */
  async stop(): Promise<void> {
    if (this.running) {
      this.stopping?.abort();
      await this.running;
      this.running = null;
      await workerGone(this.dataSource.manager, this.workerId).catch(() => undefined);
    }
    // The browser too, also when packs were made one by one (workOnce) without the loop.
    await this.renderer.close?.();
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
