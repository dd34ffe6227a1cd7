import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import { canReadClaims } from '@stewardship/domain';
import type { Response } from 'express';
import { SessionsService } from '../auth/sessions.service';
import { contentDisposition } from '../common/content-disposition';
import type { RequestWithCaller } from '../common/request-context';
import { ClaimsService } from './claims.service';

/**
 * Claim documents, downloaded over HTTP so the browser saves them. Only a signed-in member of the document's own
 * system who may read claims gets it (the session cookie, as GraphQL reads it; the row is read under that system's
 * row-level security), always as an attachment of the type found in its content, never sniffed or shown inline.
 */
@Controller('downloads/claim-documents')
export class ClaimDocumentsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly claims: ClaimsService,
  ) {}

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: RequestWithCaller, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const caller = await this.sessions.callerOfRequest(req);
    if (!caller) {
      res.status(HttpStatus.UNAUTHORIZED).type('text/plain').send('Sign in to download this document');
      return;
    }
    if (!canReadClaims(caller.role)) {
      res.status(HttpStatus.FORBIDDEN).type('text/plain').send('Your role does not allow this');
      return;
    }
    const document = await this.claims.documentForDownload(caller.systemId, id);
    if (!document) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain').send('There is no such document in your system');
      return;
    }
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(document.fileName));
    res.setHeader('Content-Length', String(document.content.length));
    res.status(HttpStatus.OK).end(document.content);
  }
}
