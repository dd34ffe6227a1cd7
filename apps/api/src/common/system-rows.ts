import type { EntityManager, EntityTarget } from 'typeorm';
import { FieldErrors, notFound } from './errors';
import { isUuid } from './ids';

/** Every row a system owns has an id and its system's id; a caller only ever reaches rows of their own system. */
export type SystemRow = { id: string; systemId: string };

/** One row of the system, or null. An id that is no UUID names no row, and must not reach Postgres as a cast error. */
export function findInSystem<T extends SystemRow>(db: EntityManager, target: EntityTarget<T>, systemId: string, id: string): Promise<T | null> {
  return isUuid(id) ? db.getRepository<SystemRow>(target as EntityTarget<SystemRow>).findOneBy({ id, systemId }) as Promise<T | null> : Promise.resolve(null);
}

/**
 * One row of the system, locked until the transaction ends so two saves of it queue rather than overwrite each
 * other; NOT_FOUND ("There is no `noun` with that id in your system") when the system has no such row.
 */
export async function lockInSystemOr404<T extends SystemRow>(tx: EntityManager, target: EntityTarget<T>, systemId: string, id: string, noun: string): Promise<T> {
  const repository = tx.getRepository<SystemRow>(target as EntityTarget<SystemRow>);
  const row = isUuid(id) ? await repository.findOne({ where: { id, systemId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!row) throw notFound(`There is no ${noun} with that id in your system`);
  return row as T;
}

/** A value that no other row of the system may hold: a name (compared ignoring case), a code or an external id. */
export interface UniqueValue<T> {
  field: string;
  column: string;
  value: string | null;
  ignoreCase?: boolean;
  /** The field error, given the row that already holds the value. */
  message: (clash: T) => string;
}

/**
 * Adds a field error for each value another row of the system already holds. Values that are empty or already have
 * a problem are not looked up. The unique indexes still decide races between two saves (see unique-violation.ts).
 */
export async function checkUnique<T extends SystemRow>(
  tx: EntityManager,
  target: EntityTarget<T>,
  systemId: string,
  selfId: string | null,
  values: UniqueValue<T>[],
  errors: FieldErrors,
): Promise<void> {
  const others = tx.getRepository<T>(target).createQueryBuilder('r').where('r.system_id = :systemId', { systemId });
  if (selfId) others.andWhere('r.id <> :selfId', { selfId });
  for (const { field, column, value, ignoreCase, message } of values) {
    if (!value || errors.has(field)) continue;
    const condition = ignoreCase ? `lower(r.${column}) = lower(:value)` : `r.${column} = :value`;
    const clash = await others.clone().andWhere(condition, { value }).getOne();
    if (clash) errors.add(field, message(clash));
  }
}
