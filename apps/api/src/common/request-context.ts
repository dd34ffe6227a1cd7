import type { Request, Response } from 'express';
import type { Role } from '@stewardship/domain';

/** Who is asking, as established from their session cookie. The system always comes from here, never from an argument. */
export interface Caller {
  sessionId: string;
  userId: string;
  membershipId: string;
  systemId: string;
  role: Role;
  /** A place lead's place. */
  placeId: string | null;
  /** A place lead an administrator has let see the whole system's partner network, not only their place's. */
  systemViewGranted: boolean;
}

export interface RequestWithCaller extends Request {
  caller?: Caller | null;
}

export interface GqlContext {
  req: RequestWithCaller;
  res: Response;
  /** DataLoaders of this request, by the key their area chose (see requestLoader). */
  loaders: Map<object | symbol, unknown>;
}

export const SESSION_COOKIE = 'stewardship_session';
