import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SessionsService } from '../auth/sessions.service';
import { contentDisposition } from '../common/content-disposition';
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
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const caller = await this.sessions.callerOfRequest(req);
    if (!caller) {
      res.status(HttpStatus.UNAUTHORIZED).type('text/plain').send('Sign in to download this board pack');
      return;
    }
    const pack = await this.packs.pdf(caller.systemId, id);
    if (!pack) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain').send('There is no such board pack in your system');
      return;
    }
    if (pack.requestedBy !== caller.userId) {
      res.status(HttpStatus.FORBIDDEN).type('text/plain').send('Only the person who asked for this board pack can download it');
      return;
    }
    if (!pack.pdf) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain').send(pack.status === 'FAILED' ? 'This board pack could not be made' : 'This board pack is not ready yet');
      return;
    }
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', contentDisposition(boardPackFileName(pack.systemName, pack.month)));
    res.setHeader('Content-Length', String(pack.pdf.length));
    res.status(HttpStatus.OK).end(pack.pdf);
  }
}
