import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isoMonthProblem } from '@stewardship/domain';
import { monthName } from '@stewardship/network';
import { DataSource } from 'typeorm';
import { FieldErrors, forbidden, tooManyRequests } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { PlacesService } from '../places/places.service';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { insertPack, MAX_ATTEMPTS, MAX_OPEN_PACKS, openPacksOf, packById, packPdf, workersRunning, type BoardPackRow } from './board-packs.queries';
import type { BoardPackModel, BoardPackSupportModel } from './models/board-pack.model';

export const boardPackPath = (id: string) => `/downloads/board-packs/${id}`;

const NO_WORKER = 'No board pack worker is running on the server just now, so a PDF cannot be made here.';
const NO_BROWSER = 'The server has no Chromium to make board packs with (its administrator can install it or set CHROMIUM_PATH).';

function model(row: BoardPackRow): BoardPackModel {
  return {
    id: row.id,
    month: row.month,
    placeId: row.placeId,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: MAX_ATTEMPTS,
    requestedAt: row.requestedAt,
    finishedAt: row.finishedAt,
    error: row.error,
    sizeBytes: row.sizeBytes,
    downloadPath: row.status === 'DONE' ? boardPackPath(row.id) : null,
  };
}

/**
 * Board packs: a request joins the queue in PostgreSQL (board-packs.queries.ts) for the worker process to make; the
 * status and the PDF are read from there by whichever replica is asked. Any member may ask for their review's pack (a
 * place lead for their own place's); a pack is seen and downloaded only by whoever asked for it.
 */
@Injectable()
export class BoardPacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlacesService,
    private readonly results: SurveyResultsService,
  ) {}

  async request(caller: Caller, month: string, requestedPlace: string | null | undefined): Promise<BoardPackModel> {
    const errors = new FieldErrors();
    errors.add('month', isoMonthProblem(month));
    let placeId = requestedPlace || null;
    if (caller.role === 'PLACE_LEAD') {
      if (placeId !== null && placeId !== caller.placeId) throw forbidden("A place lead can make their own place's board pack only");
      placeId = caller.placeId;
    }
    if (placeId !== null && !(isUuid(placeId) && (await this.places.existingIds(caller.systemId, [placeId])).has(placeId))) {
      errors.add('placeId', 'The place is not one of your system');
    }
    if (!errors.has('month') && (await this.results.roundState(caller.systemId, month)) === 'NONE') {
      errors.add('month', `There is no review for ${monthName(month)} to make a board pack of: no survey round has opened for it`);
    }
    errors.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      // One request of a person's at a time, so two at once cannot both slip under the limit.
      await tx.query(`select pg_advisory_xact_lock(hashtext('stewardship:board-packs:' || $1))`, [caller.userId]);
      if ((await openPacksOf(tx, caller.systemId, caller.userId)) >= MAX_OPEN_PACKS) {
        throw tooManyRequests(60, `You already have ${MAX_OPEN_PACKS} board packs waiting or being made. Ask for another when one of them is ready.`);
      }
      return model(await insertPack(tx, caller.systemId, placeId, month, caller.userId));
    });
  }

  /** The caller's own pack; anyone else's, or another system's, is not there for them. */
  async pack(caller: Caller, id: string): Promise<BoardPackModel | null> {
    const row = isUuid(id) ? await packById(this.dataSource.manager, caller.systemId, id) : null;
    return row && row.requestedBy === caller.userId ? model(row) : null;
  }

  async support(): Promise<BoardPackSupportModel> {
    const workers = await workersRunning(this.dataSource.manager);
    return { available: workers.rendering, reason: workers.rendering ? null : workers.any ? NO_BROWSER : NO_WORKER };
  }

  /** For the download: the pack of the caller's system, or null; the controller checks whose it is. */
  pdf(systemId: string, id: string) {
    return isUuid(id) ? packPdf(this.dataSource.manager, systemId, id) : Promise.resolve(null);
  }
}
