import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../common/request-context';
import { auditDiff } from './audit-diff';
import type { AuditEntityType } from './audit-event.entity';
import { AuditEntry, BulkCreation, insertAuditEntries, insertCreations } from './audit-writer';
import { auditHistory } from './audit.queries';
import { AuditEventModel } from './models/audit-event.model';

/** Writes the audit trail inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement for any number of entries (an import records one per row). */
  async record(tx: EntityManager, systemId: string, actorUserId: string, entries: AuditEntry[], viaImport = false): Promise<void> {
    const meaningful = entries.filter((e) => e.action !== 'UPDATE' || Object.keys(e.changes).length > 0);
    if (!meaningful.length) return;
    await insertAuditEntries(tx, systemId, actorUserId, viaImport, meaningful);
  }

  /** One CREATE entry per created row, naming each field that is set (`from` null), as `record` would write them. */
  async recordCreations(tx: EntityManager, systemId: string, actorUserId: string, creation: BulkCreation, viaImport = false): Promise<void> {
    if (creation.ids.length) await insertCreations(tx, systemId, actorUserId, viaImport, creation);
  }

  /** A row's creation (`before` null) or update: the fields among `fields` that changed; an update changing none records nothing. */
  recordChange<T extends object>(
    tx: EntityManager,
    caller: Caller,
    entityType: AuditEntityType,
    entityId: string,
    before: Partial<T> | null,
    after: Partial<T>,
    fields: readonly (keyof T & string)[],
  ): Promise<void> {
    const action = before ? 'UPDATE' : 'CREATE';
    return this.record(tx, caller.systemId, caller.userId, [{ entityType, entityId, action, changes: auditDiff(before, after, fields) }]);
  }

  async history(systemId: string, entityType: AuditEntityType, entityId: string): Promise<AuditEventModel[]> {
    const rows = await auditHistory(this.dataSource.manager, systemId, entityType, entityId);
    return rows.map((row) => ({
      at: row.at,
      action: row.action,
      actor: row.actorName ?? 'A user who has since been removed',
      viaImport: row.viaImport,
      // jsonb keeps no key order, so fields are listed alphabetically.
      changes: Object.entries(row.changes).sort(([a], [b]) => a.localeCompare(b)).map(([field, { from, to }]) => ({ field, from: displayValue(from), to: displayValue(to) })),
    }));
  }
}

function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join('; ') : null;
  return String(value);
}
