import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@stewardship/domain';
import { EntityManager, Repository } from 'typeorm';
import type { UserEntity } from '../auth/user.entity';
import { FieldErrors } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor, toConnection } from '../common/pagination';
import type { Caller, RequestWithCaller } from '../common/request-context';
import { checkedDetail } from './security-event-detail';
import { SecurityEventRow, securityEventCount, securityEventsPage } from './security-events.queries';
import { SecurityEventDetail, SecurityEventEntity, SecurityEventKind } from './security-event.entity';
import { SecurityEventConnection, SecurityEventModel } from './models/security-event.model';

export interface NewSecurityEvent {
  kind: SecurityEventKind;
  /** `req.ip`; null when there is no request. */
  address: string | null;
  userId?: string | null;
  systemId?: string | null;
  detail?: SecurityEventDetail;
}

/** A membership added (from null), changed, or removed (to null). */
export interface MembershipChange {
  membershipId: string;
  userId: string;
  fromRole: Role | null;
  toRole: Role | null;
  /** When the change is to a place lead's system view of the partner network: the grant as it now stands. */
  systemViewGranted?: boolean;
}

/**
 * Records security events and lists them for a system's administrators. Recording runs as whoever is calling:
 * inside a request as the caller's system (row-level security lets it write only that system's events), and at
 * sign-in inside `privileged(…)`, where the system is not yet anyone's.
 */
@Injectable()
export class SecurityEventsService {
  constructor(@InjectRepository(SecurityEventEntity) private readonly events: Repository<SecurityEventEntity>) {}

  async record(event: NewSecurityEvent, db: EntityManager = this.events.manager): Promise<void> {
    await db.getRepository(SecurityEventEntity).insert({
      kind: event.kind,
      address: event.address,
      userId: event.userId ?? null,
      systemId: event.systemId ?? null,
      detail: checkedDetail(event.detail),
    });
  }

  /** An event by the signed-in caller of `req`, in their system. */
  recordForRequest(req: RequestWithCaller, kind: SecurityEventKind, detail?: SecurityEventDetail): Promise<void> {
    return this.record({ kind, address: req.ip ?? null, userId: req.caller?.userId, systemId: req.caller?.systemId, detail });
  }

  /**
   * Every mutation that adds, changes or removes a membership (and so a role) must call this, inside its own
   * transaction `db`, so the change and its record stand or fall together. None does yet: memberships are made by
   * the demo loader and by operators; setSystemViewGrant changes one's grant.
   */
  recordMembershipChange(db: EntityManager, caller: Caller, address: string | null, change: MembershipChange): Promise<void> {
    return this.record({ kind: 'MEMBERSHIP_CHANGED', address, userId: caller.userId, systemId: caller.systemId, detail: { ...change } }, db);
  }

  /**
   * The system's events, newest first, a page at a time. Ordered by id, which is given out as each event is
   * written, as its time is (clock_timestamp()), so the order is the order of recording and a keyset by id is exact.
   */
  async list(systemId: string, first: number, after: string | null): Promise<SecurityEventConnection> {
    checkPageSize(first);
    const afterId = after ? this.idFromCursor(after) : null;
    const [rows, count] = await Promise.all([securityEventsPage(this.events.manager, systemId, afterId, first + 1), securityEventCount(this.events.manager, systemId)]);
    return toConnection(rows, first, count, (row) => encodeCursor([row.id]), toModel);
  }

  private idFromCursor(after: string): string {
    const [id] = decodeCursor(after, ['text']);
    if (/^[1-9][0-9]{0,17}$/.test(String(id))) return String(id);
    const errors = new FieldErrors();
    errors.add('after', 'The cursor in "after" is not one this list gave out');
    errors.throwIfAny();
    return '';
  }
}

function toModel(row: SecurityEventRow): SecurityEventModel {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    address: row.address,
    user: row.userId ? ({ id: row.userId, email: row.email, displayName: row.displayName } as UserEntity) : null,
    // jsonb keeps no key order, so entries are listed by name.
    detail: Object.entries(row.detail)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ({ name, value: value === null ? null : String(value) })),
  };
}
