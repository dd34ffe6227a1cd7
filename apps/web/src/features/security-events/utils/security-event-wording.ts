import { isRole, ROLE_LABELS } from '@stewardship/domain';
import type { ImportKind, SecurityEventKind } from '../../../generated/graphql';
import { IMPORT_KIND_TEXT } from '../../import/utils/import-wording';

const KIND_TEXT: Record<SecurityEventKind, string> = {
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in refused',
  SIGN_OUT: 'Signed out',
  MEMBERSHIP_CHANGED: 'Role or membership changed',
  REGISTER_EXPORTED: 'Register exported as CSV',
  SURVEY_ROUND_OPENED: 'Survey round opened',
  SURVEY_LINK_REISSUED: 'Survey link reissued',
};

/** "Signed in", "Register exported as CSV": an event's kind as people say it. */
export function securityEventKindText(kind: SecurityEventKind): string {
  return KIND_TEXT[kind];
}

/** Labels for the detail names the API records; a name not listed here is shown as the API gives it. */
const DETAIL_LABELS: Record<string, string> = {
  kind: 'List',
  invitations: 'Links issued',
  invitationId: 'Invitation',
  roundId: 'Survey round',
  membershipId: 'Membership',
  userId: 'User',
  fromRole: 'Role before',
  toRole: 'Role after',
};

const isImportKind = (value: string): value is ImportKind => Object.hasOwn(IMPORT_KIND_TEXT, value);

function detailValueText(name: string, value: string | null): string {
  if (value === null || value === '') return 'none';
  if ((name === 'fromRole' || name === 'toRole') && isRole(value)) return ROLE_LABELS[value];
  if (name === 'kind' && isImportKind(value)) return IMPORT_KIND_TEXT[value].label;
  return value;
}

export interface DetailLine {
  label: string;
  value: string;
}

/** An event's detail as labelled lines, in the order the API gives them (by name). */
export function securityEventDetailLines(detail: readonly { name: string; value?: string | null }[]): DetailLine[] {
  return detail.map(({ name, value }) => ({ label: DETAIL_LABELS[name] ?? name, value: detailValueText(name, value ?? null) }));
}
