import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { FieldError } from '../common/errors';
import type { Caller } from '../common/request-context';
import { findInSystem, lockInSystemOr404, SystemRow } from '../common/system-rows';
import { transactionWithUniqueFields } from '../common/unique-violation';
import { setArchived } from './archiving';
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

/** An audited row kind as a register area keeps it: archivable, and with unique indexes that name the field they guard. */
export interface RegisterRowKind<T extends SystemRow & { archivedAt: Date | null }> extends AuditedRowKind<T> {
  /** Unique index name → the field error when a concurrent save loses the race for it (see unique-violation.ts). */
  uniqueIndexes: Record<string, FieldError>;
}

/**
 * What every register area (places, people, forums, partners) does the same way: read one row of the caller's system,
 * create and update it with its audit entry in one transaction, archive and restore it. An area says only how its
 * input is checked and tidied (`validate`).
 */
export abstract class RegisterRowsService<T extends SystemRow & { archivedAt: Date | null }, TInput> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
    protected readonly kind: RegisterRowKind<T>,
  ) {}

  /** Every problem with `input` as field errors (thrown), or the values to store. `selfId` is the row being updated. */
  protected abstract validate(tx: EntityManager, systemId: string, input: TInput, selfId: string | null): Promise<Partial<T>>;

  /** One row of the system, or null; `db` lets another area read it inside its own transaction. */
  get(systemId: string, id: string, db: EntityManager = this.dataSource.manager): Promise<T | null> {
    return findInSystem(db, this.kind.target, systemId, id);
  }

  /** Every row of the system, by name; archived rows only when asked. For the short lists (places, forums). */
  listByName(systemId: string, includeArchived: boolean): Promise<T[]> {
    const query = this.dataSource.getRepository(this.kind.target).createQueryBuilder('r').where('r.system_id = :systemId', { systemId });
    if (!includeArchived) query.andWhere('r.archived_at is null');
    return query.orderBy('r.name', 'ASC').getMany();
  }

  create(caller: Caller, input: TInput): Promise<T> {
    return this.write(async (tx) => createAudited(tx, this.audit, caller, this.kind, await this.validate(tx, caller.systemId, input, null)));
  }

  update(caller: Caller, id: string, input: TInput): Promise<T> {
    return this.write((tx) => updateAudited(tx, this.audit, caller, this.kind, id, () => this.validate(tx, caller.systemId, input, id)));
  }

  setArchived(caller: Caller, id: string, archived: boolean): Promise<T> {
    return this.dataSource.transaction((tx) => setArchived(tx, this.audit, caller, this.kind.target, this.kind.entityType, id, archived));
  }

  /** A transaction in which losing a race for a unique value is a field error, not a failure. */
  protected write<R>(work: (tx: EntityManager) => Promise<R>): Promise<R> {
    return transactionWithUniqueFields(this.dataSource, this.kind.uniqueIndexes, work);
  }
}
