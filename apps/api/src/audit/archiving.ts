import { EntityManager, EntityTarget, IsNull, Not } from 'typeorm';
import type { Caller } from '../common/request-context';
import { lockInSystemOr404, SystemRow } from '../common/system-rows';
import type { AuditEntityType } from './audit-event.entity';
import { AuditService } from './audit.service';

type ArchivableRow = SystemRow & { archivedAt: Date | null };

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
  const row = await lockInSystemOr404(tx, target, caller.systemId, id, entityType.toLowerCase());
  if ((row.archivedAt !== null) === archived) return row;
  const archivedAt = archived ? new Date() : null;
  const repository = tx.getRepository<ArchivableRow>(target as EntityTarget<ArchivableRow>);
  await repository.update({ id: row.id, systemId: caller.systemId, archivedAt: archived ? IsNull() : Not(IsNull()) }, { archivedAt });
  await audit.record(tx, caller.systemId, caller.userId, [
    { entityType, entityId: row.id, action: archived ? 'ARCHIVE' : 'RESTORE', changes: { archived: { from: !archived, to: archived } } },
  ]);
  return Object.assign(row, { archivedAt });
}
