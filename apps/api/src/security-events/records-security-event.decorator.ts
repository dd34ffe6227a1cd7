import { SetMetadata } from '@nestjs/common';
import type { SecurityEventDetail, SecurityEventKind } from './security-event.entity';

export const SECURITY_EVENT_KEY = 'stewardship:security-event';

export interface SecurityEventSpec {
  kind: SecurityEventKind;
  /** The event's detail from the operation's arguments and result; pick ids and counts only (never a link or token). */
  detail?: (args: Record<string, unknown>, result: unknown) => SecurityEventDetail;
}

/**
 * Records a security event, by the signed-in caller, each time this query or mutation succeeds
 * (SecurityEventInterceptor). A decorator rather than a call in the body, so an area states it in one line.
 */
export function RecordsSecurityEvent<TArgs extends Record<string, unknown>, TResult>(
  kind: SecurityEventKind,
  detail?: (args: TArgs, result: TResult) => SecurityEventDetail,
) {
  return SetMetadata(SECURITY_EVENT_KEY, { kind, detail } as SecurityEventSpec);
}
