import type { AuditChanges } from './audit-event.entity';

/** Values as they are stored in the audit trail: dates as ISO strings, arrays sorted so order alone is no change. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(comparable).sort();
  return value ?? null;
}

/** The fields among `fields` whose values differ between `before` (null for a new row) and `after`. */
export function auditDiff<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: readonly (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const from = before ? comparable(before[field]) : null;
    const to = comparable(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
