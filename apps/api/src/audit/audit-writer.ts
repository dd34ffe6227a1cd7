// Data access: set-based SQL for writing audit entries in bulk (one statement for any number), inside the caller's
// transaction. AuditService decides what is recorded; reads are in audit.queries.ts.
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditChanges, AuditEntityType } from './audit-event.entity';

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

/** The entries travel as one JSON document: Postgres parses it in one pass, faster than an array of jsonb values. */
export async function insertAuditEntries(tx: EntityManager, systemId: string, actorUserId: string, viaImport: boolean, entries: readonly AuditEntry[]): Promise<void> {
  await tx.query(
    `insert into audit_events (system_id, actor_user_id, via_import, entity_type, entity_id, action, changes)
     select $1, $2, $3, e."entityType", e."entityId", e.action, e.changes
       from json_to_recordset($4::json) as e("entityType" text, "entityId" uuid, action text, changes jsonb)`,
    [systemId, actorUserId, viaImport, JSON.stringify(entries.map(({ entityType, entityId, action, changes }) => ({ entityType, entityId, action, changes })))],
  );
}

/**
 * Postgres builds each creation's changes from the typed columns: parsing the same entries as JSON took three times
 * as long, the largest part of a 20,000-row import.
 */
export async function insertCreations(tx: EntityManager, systemId: string, actorUserId: string, viaImport: boolean, creation: BulkCreation): Promise<void> {
  const { fields } = creation;
  const changes = fields.map((_, i) => `case when v.f${i} is null then '{}' else jsonb_build_object(($6::text[])[${i + 1}], jsonb_build_object('from', null, 'to', v.f${i})) end`);
  await tx.query(
    `insert into audit_events (system_id, actor_user_id, via_import, entity_type, entity_id, action, changes)
     select $1, $2, $3, $4, v.id, 'CREATE', '{}'::jsonb${changes.map((change) => ` || ${change}`).join('')}
       from unnest($5::uuid[]${fields.map((field, i) => `, $${i + 7}::${field.type}[]`).join('')}) as v(id${fields.map((_, i) => `, f${i}`).join('')})`,
    [systemId, actorUserId, viaImport, creation.entityType, creation.ids, fields.map((field) => field.name), ...fields.map((field) => field.values)],
  );
}
