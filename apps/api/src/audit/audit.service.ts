import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../common/request-context';
import { auditDiff } from './audit-diff';
import { AuditAction, AuditChanges, AuditEntityType } from './audit-event.entity';
import { auditHistory } from './audit.queries';
import { AuditEventModel } from './models/audit-event.model';

export interface AuditEntry {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  changes: AuditChanges;
}

/** Rows created in bulk, as columns: `ids[i]` was made from the i-th value of each field. */
export interface BulkCreation {
  entityType: AuditEntityType;
  ids: readonly string[];
  /** Each written field: its name in the audit trail, its Postgres type and its values, in the order of `ids`. */
  fields: readonly { name: string; type: string; values: readonly unknown[] }[];
}

/** Writes the audit trail inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement for any number of entries (an import records one per row). */
  async record(tx: EntityManager, systemId: string, actorUserId: string, entries: AuditEntry[], viaImport = false): Promise<void> {
    const meaningful = entries.filter((e) => e.action !== 'UPDATE' || Object.keys(e.changes).length > 0);
    if (!meaningful.length) return;
    // The entries travel as one JSON document: Postgres parses it in one pass, faster than an array of jsonb values.
    await tx.query(
      `insert into audit_events (system_id, actor_user_id, via_import, entity_type, entity_id, action, changes)
       select $1, $2, $3, e."entityType", e."entityId", e.action, e.changes
         from json_to_recordset($4::json) as e("entityType" text, "entityId" uuid, action text, changes jsonb)`,
      [systemId, actorUserId, viaImport, JSON.stringify(meaningful.map(({ entityType, entityId, action, changes }) => ({ entityType, entityId, action, changes })))],
    );
  }

  /**
   * One CREATE entry per created row, naming each field that is set (`from` null), as `record` would write them.
   * Postgres builds the changes from the typed columns: parsing the same entries as JSON took three times as long,
   * the largest part of a 20,000-row import.
   */
  async recordCreations(tx: EntityManager, systemId: string, actorUserId: string, creation: BulkCreation, viaImport = false): Promise<void> {
    if (!creation.ids.length) return;
    const { fields } = creation;
    const changes = fields.map((_, i) => `case when v.f${i} is null then '{}' else jsonb_build_object(($6::text[])[${i + 1}], jsonb_build_object('from', null, 'to', v.f${i})) end`);
    await tx.query(
      `insert into audit_events (system_id, actor_user_id, via_import, entity_type, entity_id, action, changes)
       select $1, $2, $3, $4, v.id, 'CREATE', '{}'::jsonb${changes.map((change) => ` || ${change}`).join('')}
         from unnest($5::uuid[]${fields.map((field, i) => `, $${i + 7}::${field.type}[]`).join('')}) as v(id${fields.map((_, i) => `, f${i}`).join('')})`,
      [systemId, actorUserId, viaImport, creation.entityType, creation.ids, fields.map((field) => field.name), ...fields.map((field) => field.values)],
    );
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
