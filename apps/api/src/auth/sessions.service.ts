import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import type { Caller } from '../common/request-context';
import { SessionEntity } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and returns the token for the cookie (the only place it ever appears in clear). */
  async start(membershipId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.dataSource.getRepository(SessionEntity).insert({
      tokenHash: hashSessionToken(token, this.config.sessionSecret),
      membershipId,
      expiresAt,
    });
    // Expired sessions are only dead weight: sweep them while we are writing anyway.
    await this.dataSource.query('delete from sessions where expires_at < now() - interval \'1 day\'');
    return { token, expiresAt };
  }

  async findCaller(token: string): Promise<Caller | null> {
    const [row] = await this.dataSource.query(
      `select s.id as "sessionId", m.user_id as "userId", m.id as "membershipId", m.system_id as "systemId",
              m.role, m.place_id as "placeId"
         from sessions s join memberships m on m.id = s.membership_id
        where s.token_hash = $1 and s.expires_at > now()`,
      [hashSessionToken(token, this.config.sessionSecret)],
    );
    return row ?? null;
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }
}
