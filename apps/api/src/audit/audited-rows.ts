import type { EntityManager, EntityTarget } from 'typeorm';
import type { Caller } from '../common/request-context';
import { lockInSystemOr404, SystemRow } from '../common/system-rows';
import type { AuditEntityType } from './audit-event.entity';
import { AuditService } from './audit.service';

/** A kind of register row whose saves are audited: its entity, its audit type, what users call it, the fields audited. */
export interface AuditedRowKind<T extends SystemRow> {
  target: EntityTarget<T>;
  entityType: AuditEntityType;
  noun: string;
  fields: readonly (keyof T & string)[];
}

/** Inserts one row of the caller's system and records its creation, both in `tx`. */
export async function createAudited<T extends SystemRow>(tx: EntityManager, audit: AuditService, caller: Caller, kind: AuditedRowKind<T>, values: Partial<T>): Promise<T> {
  const repository = tx.getRepository(kind.target);
  const saved = await repository.save(repository.create({ ...values, systemId: caller.systemId } as T));
  await audit.recordChange(tx, caller, kind.entityType, saved.id, null, values, kind.fields);
  return saved;
}

/**
 * Locks one row of the caller's system (NOT_FOUND if it has none), lets `validate` check the new values now that the
 * row is known to exist, saves them and records what changed, all in `tx`.
 */
export async function updateAudited<T extends SystemRow>(
  tx: EntityManager,
  audit: AuditService,
  caller: Caller,
  kind: AuditedRowKind<T>,
  id: string,
  validate: () => Promise<Partial<T>>,
): Promise<T> {
  const existing = await lockInSystemOr404(tx, kind.target, caller.systemId, id, kind.noun);
  const values = await validate();
  const before = { ...existing };
  const saved = await tx.getRepository(kind.target).save(Object.assign(existing, values));
  await audit.recordChange(tx, caller, kind.entityType, existing.id, before, values, kind.fields);
  return saved;
}
