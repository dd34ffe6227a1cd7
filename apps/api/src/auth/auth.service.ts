import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { EMAIL_MAX_LENGTH, passwordProblem, textProblem } from '@stewardship/domain';
import { In, Repository } from 'typeorm';
import { FieldErrors, notFound, unauthenticated } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { asSystem, privileged } from '../database/tenancy';
import { PlacesService } from '../places/places.service';
import { SecurityEventsService } from '../security-events/security-events.service';
import { SystemsService } from '../systems/systems.service';
import { MembershipEntity } from './membership.entity';
import { ViewerModel } from './models/viewer.model';
import { SessionsService } from './sessions.service';
import { SignInLimiterService } from './sign-in-limiter.service';
import { UserEntity } from './user.entity';

/** Whether a member sees the whole system's partner network: every role but a place lead, and a place lead granted it. */
export function seesSystemNetwork(caller: Pick<Caller, 'role' | 'systemViewGranted'>): boolean {
  return caller.role !== 'PLACE_LEAD' || caller.systemViewGranted;
}

const WRONG_CREDENTIALS = 'Email or password is not right';

type SignedInMember = Pick<Caller, 'userId' | 'systemId' | 'role' | 'placeId' | 'systemViewGranted'>;

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
    private readonly securityEvents: SecurityEventsService,
  ) {}

  /** Before sign-in nobody's system is known, so its look-ups run outside the tenancy policies (database/tenancy.ts). */
  async signIn(rawEmail: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; caller: SignedInMember }> {
    const email = rawEmail.trim().toLowerCase();
    const errors = new FieldErrors();
    if (!email) errors.add('email', 'Enter your email address');
    else errors.add('email', textProblem(email, 'Email address', EMAIL_MAX_LENGTH));
    errors.add('password', passwordProblem(password));
    errors.throwIfAny();
    return privileged(() => this.checkPassword(email, password, address));
  }

  private async checkPassword(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; caller: SignedInMember }> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    decoyHash ??= hashPassword('decoy password for unknown accounts');
    const passwordIsRight = await verify(user?.passwordHash ?? (await decoyHash), password);
    // A user may belong to several systems; they start in the one they joined first (where a failure is recorded too).
    const membership = user ? await this.memberships.findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } }) : null;
    if (!membership || !passwordIsRight) {
      await this.limiter.recordFailure(email, address);
      await this.securityEvents.record({ kind: 'SIGN_IN_FAILED', address, userId: user?.id, systemId: membership?.systemId });
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limiter.recordSuccess(email);
    await this.securityEvents.record({ kind: 'SIGN_IN', address, userId: membership.userId, systemId: membership.systemId });
    const session = await this.sessions.start(membership.id);
    return { ...session, caller: { userId: membership.userId, systemId: membership.systemId, role: membership.role, placeId: membership.placeId, systemViewGranted: membership.systemViewGranted } };
  }

  /** In the member's own system, also when called at sign-in, before the request knows it. */
  /** Users' display names by id, for showing who entered or wrote something; unknown ids are left out. */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    if (!userIds.length) return new Map();
    const users = await this.users.find({ select: { id: true, displayName: true }, where: { id: In([...userIds]) } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  viewerFor(caller: SignedInMember): Promise<ViewerModel> {
    return asSystem(caller.systemId, async () => {
      const [user, system, place] = await Promise.all([
        this.users.findOneByOrFail({ id: caller.userId }),
        this.systems.get(caller.systemId),
        caller.placeId ? this.places.get(caller.systemId, caller.placeId) : null,
      ]);
      return { user, system, role: caller.role, place, systemView: seesSystemNetwork(caller) };
    });
  }

  /**
   * Lets a place lead of the caller's system see the whole system's partner network (or takes that back). Other roles
   * see it anyway, so a grant to them would mean nothing until their role changed: it is refused rather than kept.
   */
  async setSystemViewGrant(caller: Caller, userId: string, granted: boolean, address: string | null): Promise<boolean> {
    return this.memberships.manager.transaction(async (tx) => {
      const membership = isUuid(userId) ? await tx.getRepository(MembershipEntity).findOne({ where: { userId, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!membership) throw notFound('There is no such user in your system');
      if (membership.role !== 'PLACE_LEAD') {
        const errors = new FieldErrors();
        errors.add('userId', 'Only a place lead can be granted the system view: other roles see the whole system already');
        errors.throwIfAny();
      }
      if (membership.systemViewGranted === granted) return granted;
      await tx.getRepository(MembershipEntity).update({ id: membership.id }, { systemViewGranted: granted });
      // The change and its record stand or fall together (see SecurityEventsService.recordMembershipChange).
      await this.securityEvents.recordMembershipChange(tx, caller, address, {
        membershipId: membership.id,
        userId,
        fromRole: membership.role,
        toRole: membership.role,
        systemViewGranted: granted,
      });
      return granted;
    });
  }
}
