import { HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import type { SessionsService } from '../auth/sessions.service';
import type { Caller, RequestWithCaller } from './request-context';

/** A download's Content-Disposition: an attachment named in ASCII for old clients, and in full (RFC 5987) for the rest. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Refuses a download with `status` and a line of plain text saying why. */
export function refuseDownload(res: Response, status: HttpStatus, message: string): void {
  res.status(status).type('text/plain').send(message);
}

/**
 * The start of every private download (claim documents, board packs): never cached or sniffed, and only for a
 * signed-in caller, found from the session cookie as GraphQL finds them (the rest of the request then sees their
 * system's rows only). Null, having answered 401 with `signInMessage`, when no one is signed in.
 */
export async function downloadCaller(sessions: SessionsService, req: RequestWithCaller, res: Response, signInMessage: string): Promise<Caller | null> {
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const caller = await sessions.callerOfRequest(req);
  if (!caller) refuseDownload(res, HttpStatus.UNAUTHORIZED, signInMessage);
  return caller;
}

/** Sends `content` as an attachment of `mediaType` named `fileName`. */
export function sendAttachment(res: Response, mediaType: string, fileName: string, content: Buffer): void {
  res.setHeader('Content-Type', mediaType);
  res.setHeader('Content-Disposition', contentDisposition(fileName));
  res.setHeader('Content-Length', String(content.length));
  res.status(HttpStatus.OK).end(content);
}
