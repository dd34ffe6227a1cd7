import { EntityManager, EntityTarget, IsNull, Not } from 'typeorm';
import type { AuditEntityType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { notFound } from './errors';
import { isUuid } from './ids';
import type { Caller } from './request-context';

interface ArchivableRow {
  id: string;
  systemId: string;
  archivedAt: Date | null;
}

/**
 * Archives (or restores) one row of the caller's system and records it in the audit trail. Archiving instead of
 * deleting keeps every reference and the history intact. Doing it twice is harmless and records nothing new.
 */
export async function setArchived<T extends ArchivableRow>(
  tx: EntityManager,
  audit: AuditService,
  caller: Caller,
  target: EntityTarget<T>,
  entityType: AuditEntityType,
  id: string,
  archived: boolean,
): Promise<T> {
  const repository = tx.getRepository<ArchivableRow>(target as EntityTarget<ArchivableRow>);
  const row = isUuid(id) ? await repository.findOne({ where: { id, systemId: caller.systemId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!row) throw notFound(`There is no ${entityType.toLowerCase()} with that id in your system`);
  if ((row.archivedAt !== null) === archived) return row as T;
  const archivedAt = archived ? new Date() : null;
  await repository.update({ id, systemId: caller.systemId, archivedAt: archived ? IsNull() : Not(IsNull()) }, { archivedAt });
  await audit.record(tx, caller.systemId, caller.userId, [
    { entityType, entityId: id, action: archived ? 'ARCHIVE' : 'RESTORE', changes: { archived: { from: !archived, to: archived } } },
  ]);
  return Object.assign(row, { archivedAt }) as T;
}
