import type { Role } from '@stewardship/domain';
import { IMPORT_KINDS, type ImportKind } from './import-columns';

/**
 * What each role may import: the register has one editor, the administrator; decisions are recorded by
 * administrators and leaders (place leads record their own place's forums' decisions one at a time, in the app).
 */
export function importKindsFor(role: Role): readonly ImportKind[] {
  if (role === 'ADMIN') return IMPORT_KINDS;
  if (role === 'LEADER') return ['decisions'];
  return [];
}
