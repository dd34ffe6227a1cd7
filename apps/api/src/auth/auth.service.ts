import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { FieldErrors, unauthenticated } from '../common/errors';
import type { Caller } from '../common/request-context';
import { PlacesService } from '../places/places.service';
import { SystemsService } from '../systems/systems.service';
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
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly systems: SystemsService,
    private readonly places: PlacesService,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiterService,
  ) {}

  async signIn(rawEmail: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; membershipId: string }> {
    const email = rawEmail.trim().toLowerCase();
    const errors = new FieldErrors();
    if (!email) errors.add('email', 'Enter your email address');
    if (!password) errors.add('password', 'Enter your password');
    errors.throwIfAny();

    await this.limiter.assertAllowed(email, address);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    decoyHash ??= hashPassword('decoy password for unknown accounts');
    const passwordIsRight = await verify(user?.passwordHash ?? (await decoyHash), password);
    // A user may belong to several systems; they start in the one they joined first.
    const membership = user && passwordIsRight
      ? await this.memberships.findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } })
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
      this.users.findOneByOrFail({ id: caller.userId }),
      this.systems.get(caller.systemId),
      caller.placeId ? this.places.get(caller.systemId, caller.placeId) : null,
    ]);
    return { user, system, role: caller.role, place };
  }

  async callerForMembership(membershipId: string): Promise<Pick<Caller, 'userId' | 'systemId' | 'role' | 'placeId'>> {
    const m = await this.memberships.findOneByOrFail({ id: membershipId });
    return { userId: m.userId, systemId: m.systemId, role: m.role, placeId: m.placeId };
  }
}
