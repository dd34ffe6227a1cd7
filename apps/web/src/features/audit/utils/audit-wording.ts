import {
  FORUM_KIND_LABELS,
  isForumKind,
  isOrganisationKind,
  isRoleGroup,
  isSector,
  ORGANISATION_KIND_LABELS,
  ROLE_GROUP_LABELS,
  SECTOR_LABELS,
} from '@stewardship/domain';
import type { AuditAction, AuditEntityType } from '../../../generated/graphql';
import { formatDay } from '../../../shared/utils/format-dates';

const ACTION_TEXT: Record<AuditAction, string> = {
  CREATE: 'Added',
  UPDATE: 'Changed',
  ARCHIVE: 'Archived',
  RESTORE: 'Restored',
};

/** "Added", "Changed", "Archived", "Restored". */
export function auditActionText(action: AuditAction): string {
  return ACTION_TEXT[action];
}

/** Field labels, in the order the forms show the fields; the history lists changes in this order. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Work email',
  localAuthority: 'Local authority',
  onsCode: 'ONS code',
  odsCode: 'ODS code',
  kind: 'Kind',
  sector: 'Sector',
  places: 'Places served',
  placeId: 'Place',
  forumId: 'Forum',
  organisationId: 'Organisation',
  roleGroup: 'Role group',
  weight: 'Weight',
  voting: 'Voting',
  chair: 'Chair',
  from: 'From',
  to: 'To',
  externalId: 'External ID',
  archived: 'Archived',
};

/** The label a field has on its form, or the API's name for a field this page does not know. */
export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const FIELD_ORDER = Object.keys(FIELD_LABELS);
const fieldRank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

/** Fields whose values are ids of other rows; the page names them from what it has loaded. */
export const ID_FIELDS = new Set(['placeId', 'organisationId', 'forumId']);

/**
 * A value as people read it: kinds, sectors and role groups by their labels, yes/no for flags,
 * seat dates written out, ids by the name of what they refer to. `names` maps ids to names.
 */
export function auditValueText(
  entityType: AuditEntityType,
  field: string,
  value: string | null,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null || value === '') return 'none';
  if (ID_FIELDS.has(field)) return names.get(value) ?? 'one no longer in the register';
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  if (field === 'kind') {
    if (entityType === 'FORUM' && isForumKind(value)) return FORUM_KIND_LABELS[value];
    if (isOrganisationKind(value)) return ORGANISATION_KIND_LABELS[value];
  }
  if (field === 'sector' && isSector(value)) return SECTOR_LABELS[value];
  if (field === 'roleGroup' && isRoleGroup(value)) return ROLE_GROUP_LABELS[value];
  if (field === 'from' || field === 'to') return formatDay(value);
  return value;
}

export interface ChangeLine {
  label: string;
  /** Absent for a row being added: it had no value before. */
  from?: string;
  to: string;
}

/**
 * The lines describing one audit event, in form order. An addition lists the values set; a change
 * lists each field before and after; archiving and restoring say it all in the action, so list nothing.
 */
export function auditChangeLines(
  entityType: AuditEntityType,
  action: AuditAction,
  changes: readonly { field: string; from?: string | null; to?: string | null }[],
  names?: ReadonlyMap<string, string>,
): ChangeLine[] {
  if (action === 'ARCHIVE' || action === 'RESTORE') return [];
  return changes
    .filter((change) => change.field !== 'archived')
    .filter((change) => action !== 'CREATE' || (change.to !== null && change.to !== undefined && change.to !== ''))
    .sort((a, b) => fieldRank(a.field) - fieldRank(b.field))
    .map((change) => {
      const to = auditValueText(entityType, change.field, change.to ?? null, names);
      const label = auditFieldLabel(change.field);
      return action === 'CREATE' ? { label, to } : { label, from: auditValueText(entityType, change.field, change.from ?? null, names), to };
    });
}
