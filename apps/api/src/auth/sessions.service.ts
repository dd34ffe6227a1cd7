import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import { SESSION_COOKIE, type Caller, type RequestWithCaller } from '../common/request-context';
import { enterCallerSystem, privileged } from '../database/tenancy';
import { callerBySessionTokenHash } from './auth.queries';
import { SessionEntity } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and returns the token for the cookie (the only place it ever appears in clear). */
  async start(membershipId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.sessions.insert({
      tokenHash: hashSessionToken(token, this.config.sessionSecret),
      membershipId,
      expiresAt,
    });
    // Expired sessions are only dead weight: sweep them while we are writing anyway.
    await this.sessions.delete({ expiresAt: LessThan(new Date(Date.now() - 86_400_000)) });
    return { token, expiresAt };
  }

  /**
   * A short session as a member of `systemId` (`userId`'s membership), for the board pack worker to open the review
   * page as the person who asked for it, seeing what they may see; ended by the worker when done, and expiring anyway.
   * Null when the user is no longer a member.
   */
  async startOnBehalf(systemId: string, userId: string, ttlSeconds: number): Promise<{ id: string; token: string } | null> {
    const [membership]: { id: string }[] = await this.sessions.manager.query('select id from memberships where system_id = $1 and user_id = $2', [systemId, userId]);
    if (!membership) return null;
    const token = newSessionToken();
    const inserted = await this.sessions.insert({
      tokenHash: hashSessionToken(token, this.config.sessionSecret),
      membershipId: membership.id,
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    });
    return { id: inserted.identifiers[0]['id'] as string, token };
  }

  async findCaller(token: string): Promise<Caller | null> {
    return callerBySessionTokenHash(this.sessions.manager, hashSessionToken(token, this.config.sessionSecret));
  }

  /**
   * The signed-in caller of a request, from its session cookie: looked up once per request, however many fields or
   * routes ask. Which system a session belongs to is what tenancy needs to know, so this one look-up runs before it;
   * once found, the rest of the request sees that system's rows only.
   */
  async callerOfRequest(req: RequestWithCaller): Promise<Caller | null> {
    if (req.caller === undefined) {
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      req.caller = typeof token === 'string' && token ? await privileged(() => this.findCaller(token)) : null;
      if (req.caller) enterCallerSystem(req.caller.systemId);
    }
    return req.caller;
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }
}
