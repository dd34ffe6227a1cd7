import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import type { Caller } from '../common/request-context';
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

  async findCaller(token: string): Promise<Caller | null> {
    return callerBySessionTokenHash(this.sessions.manager, hashSessionToken(token, this.config.sessionSecret));
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }
}
