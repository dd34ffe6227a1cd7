import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import { canReadClaims } from '@stewardship/domain';
import type { Response } from 'express';
import { SessionsService } from '../auth/sessions.service';
import { downloadCaller, refuseDownload, sendAttachment } from '../common/downloads';
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
    const caller = await downloadCaller(this.sessions, req, res, 'Sign in to download this document');
    if (!caller) return;
    if (!canReadClaims(caller.role)) return refuseDownload(res, HttpStatus.FORBIDDEN, 'Your role does not allow this');
    const document = await this.claims.documentForDownload(caller.systemId, id);
    if (!document) return refuseDownload(res, HttpStatus.NOT_FOUND, 'There is no such document in your system');
    sendAttachment(res, document.mediaType, document.fileName, document.content);
  }
}
