import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SessionsService } from '../auth/sessions.service';
import { downloadCaller, refuseDownload, sendAttachment } from '../common/downloads';
import type { RequestWithCaller } from '../common/request-context';
import { BoardPacksService } from './board-packs.service';

/** "Northshire ICS board pack 2026-05.pdf". */
export function boardPackFileName(systemName: string, month: string): string {
  return `${systemName} board pack ${month}.pdf`;
}

/**
 * A made board pack, downloaded over HTTP: only by the signed-in member who asked for it (the session cookie, as
 * GraphQL reads it; the row read under their system's row-level security), always as a PDF attachment, never cached.
 */
@Controller('downloads/board-packs')
export class BoardPacksController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly packs: BoardPacksService,
  ) {}

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: RequestWithCaller, @Res() res: Response): Promise<void> {
    const caller = await downloadCaller(this.sessions, req, res, 'Sign in to download this board pack');
    if (!caller) return;
    const pack = await this.packs.pdf(caller.systemId, id);
    if (!pack) return refuseDownload(res, HttpStatus.NOT_FOUND, 'There is no such board pack in your system');
    if (pack.requestedBy !== caller.userId) return refuseDownload(res, HttpStatus.FORBIDDEN, 'Only the person who asked for this board pack can download it');
    if (!pack.pdf) return refuseDownload(res, HttpStatus.NOT_FOUND, pack.status === 'FAILED' ? 'This board pack could not be made' : 'This board pack is not ready yet');
    sendAttachment(res, 'application/pdf', boardPackFileName(pack.systemName, pack.month), pack.pdf);
  }
}
