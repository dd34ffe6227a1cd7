import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { EMAIL_MAX_LENGTH, passwordProblem, textProblem } from '@stewardship/domain';
import { DataSource } from 'typeorm';
import { FieldErrors, unauthenticated } from '../common/errors';
import type { Caller } from '../common/request-context';
import { PlaceEntity } from '../places/place.entity';
import { SystemEntity } from '../systems/system.entity';
import { MembershipEntity } from './membership.entity';
import { ViewerModel } from './models/viewer.model';
import { SessionsService } from './sessions.service';
import { SignInLimiterService } from './sign-in-limiter.service';
import { UserEntity } from './user.entity';

const WRONG_CREDENTIALS = 'Email or password is not right';

/** Verified against when the email is unknown, so a wrong email takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's recommended cost
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiterService,
  ) {}

  async signIn(rawEmail: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; membershipId: string }> {
    const email = rawEmail.trim().toLowerCase();
    const errors = new FieldErrors();
    if (!email) errors.add('email', 'Enter your email address');
    else errors.add('email', textProblem(email, 'Email address', EMAIL_MAX_LENGTH));
    errors.add('password', passwordProblem(password));
    errors.throwIfAny();

    await this.limiter.assertAllowed(email, address);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    decoyHash ??= hashPassword('decoy password for unknown accounts');
    const passwordIsRight = await verify(user?.passwordHash ?? (await decoyHash), password);
    // A user may belong to several systems; they start in the one they joined first.
    const membership = user && passwordIsRight
      ? await this.dataSource.getRepository(MembershipEntity).findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } })
      : null;
    if (!membership) {
      await this.limiter.recordFailure(email, address);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limiter.recordSuccess(email);
    const session = await this.sessions.start(membership.id);
    return { ...session, membershipId: membership.id };
  }

  async viewerFor(caller: Pick<Caller, 'userId' | 'systemId' | 'role' | 'placeId'>): Promise<ViewerModel> {
    const [user, system, place] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: caller.userId }),
      this.dataSource.getRepository(SystemEntity).findOneByOrFail({ id: caller.systemId }),
      caller.placeId ? this.dataSource.getRepository(PlaceEntity).findOneBy({ id: caller.placeId, systemId: caller.systemId }) : null,
    ]);
    return { user, system, role: caller.role, place };
  }

  async callerForMembership(membershipId: string): Promise<Pick<Caller, 'userId' | 'systemId' | 'role' | 'placeId'>> {
    const m = await this.dataSource.getRepository(MembershipEntity).findOneByOrFail({ id: membershipId });
    return { userId: m.userId, systemId: m.systemId, role: m.role, placeId: m.placeId };
  }
}
