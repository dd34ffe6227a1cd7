import { FORUM_KIND_LABELS, ORGANISATION_KIND_LABELS, ROLE_GROUP_LABELS, SECTOR_LABELS } from '@stewardship/domain';
import type { MatchedBy } from './record-change';
import { type ImportContext, RegisterIndex } from './register-index';
import { recordsOf, type ImportValidation } from './validate-import';

/** One field a changed row would rewrite, both values as the admin reads them (names, not ids); null is blank. */
export interface ImportFieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** A row that would change an existing row: which row it matched, by what, and every field it changes. */
export interface ImportRowChange {
  row: number;
  matchedName: string;
  matchedBy: MatchedBy;
  fields: ImportFieldChange[];
}

const FIELD_LABELS: Record<string, string> = {
  externalId: 'External ID',
  name: 'Name',
  localAuthority: 'Local authority',
  onsCode: 'ONS code',
  odsCode: 'ODS code',
  kind: 'Kind',
  sector: 'Sector',
  placeIds: 'Places',
  placeId: 'Place',
  weight: 'Weight',
  email: 'Email',
  organisationId: 'Organisation',
  roleGroup: 'Role group',
  voting: 'Voting',
  chair: 'Chair',
  to: 'To',
  archived: 'Archived',
};

/** Every 'update' record of a validation in row order, its values in words. */
export function listChanges(validation: ImportValidation, context: ImportContext): ImportRowChange[] {
  const register = new RegisterIndex(context);
  const kindLabels: Record<string, string> = validation.kind === 'forums' ? FORUM_KIND_LABELS : ORGANISATION_KIND_LABELS;
  const inWords = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (field === 'placeIds') return (value as string[]).map((id) => register.placeName(id)).join('; ') || null;
    if (field === 'placeId') return register.placeName(value as string);
    if (field === 'organisationId') return register.organisationName(value as string);
    if (field === 'kind') return kindLabels[value as string] ?? String(value);
    if (field === 'sector') return (SECTOR_LABELS as Record<string, string>)[value as string] ?? String(value);
    if (field === 'roleGroup') return (ROLE_GROUP_LABELS as Record<string, string>)[value as string] ?? String(value);
    return String(value);
  };
  const changes: ImportRowChange[] = [];
  for (const record of recordsOf(validation)) {
    if (record.change !== 'update' || record.matched === null) continue;
    changes.push({
      row: record.row,
      matchedName: record.matched.name,
      matchedBy: record.matched.by,
      fields: Object.entries(record.changes).map(([field, change]) => ({ field: FIELD_LABELS[field] ?? field, from: inWords(field, change.from), to: inWords(field, change.to) })),
    });
  }
  return changes.sort((a, b) => a.row - b.row);
}
