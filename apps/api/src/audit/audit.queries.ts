/*
 * Set-based reads of the audit trail. Rows are written by audit-writer.ts (for AuditService), in the caller's
 * transaction. The one read across areas is the display name of each change's author, joined from users, because
 * a history of fifty changes must not ask auth fifty times.
 */
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditChanges, AuditEntityType } from './audit-event.entity';

export interface AuditHistoryRow {
  action: AuditAction;
  changes: AuditChanges;
  at: Date;
  viaImport: boolean;
  actorName: string | null;
}

/** One row's changes, newest first. */
export function auditHistory(db: EntityManager, systemId: string, entityType: AuditEntityType, entityId: string): Promise<AuditHistoryRow[]> {
  return db.query(
    `select a.action, a.changes, a.at, a.via_import as "viaImport", u.display_name as "actorName"
       from audit_events a left join users u on u.id = a.actor_user_id
      where a.system_id = $1 and a.entity_type = $2 and a.entity_id = $3
      order by a.at desc, a.id desc`,
    [systemId, entityType, entityId],
  );
}
