import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../common/app-config';
import { tooManyRequests } from '../common/errors';

/**
 * Failed sign-ins are counted per account and per client address, in Postgres so every API replica sees the same
 * counts. Once either runs out, even the right password is refused until the window passes.
 */
@Injectable()
export class SignInLimiterService {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    // The driver's pg Pool: the limiter shares the app's connections rather than opening its own.
    const pool = (dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'sign_in_limits', tableCreated: true, clearExpiredByTimeout: false, duration: config.signInLimit.windowSeconds };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: config.signInLimit.attemptsPerAccount });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: config.signInLimit.attemptsPerAddress });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      { state: account, limit: this.perAccount.points },
      { state: client, limit: this.perAddress.points },
    ].filter(({ state, limit }) => state && state.consumedPoints >= limit);
    if (blocked.length) throw tooManyRequests(Math.max(...blocked.map(({ state }) => (state as RateLimiterRes).msBeforeNext / 1000)));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // consume() rejects once the points run out; that is the limit doing its job, not an error.
    await Promise.all([this.perAccount.consume(email).catch(() => undefined), this.perAddress.consume(address).catch(() => undefined)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
