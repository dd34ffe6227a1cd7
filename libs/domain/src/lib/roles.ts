import { isOneOf } from './is-one-of';

export const ROLES = ['ADMIN', 'LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'System administrator',
  LEADER: 'ICB leadership',
  PLACE_LEAD: 'Place-based lead',
  NON_EXECUTIVE: 'Non-executive director',
  VIEWER: 'Viewer',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN:
    'Keeps the register of partners, places, forums, people and survey rounds current, and is the only role that may change it.',
  LEADER:
    'Reviews collaboration health across the whole system each month and prepares the board pack, without changing the register.',
  PLACE_LEAD:
    'Looks for weak or weakening links between partners in their own place and drills into individual partners, without changing the register.',
  NON_EXECUTIVE:
    'Tests claims about collaboration in board papers against the evidence behind them, without changing the register.',
  VIEWER: 'Reads the dashboard and exports reports, but may not change anything.',
};

/** The register (partners, places, forums, people, survey rounds) has one kind of editor so that changes have one owner. */
export function canEditRegister(role: Role): boolean {
  return role === 'ADMIN';
}

/**
 * The decision log is kept by those who answer for decisions: administrators and leaders for every forum, place
 * leads for their own place's forums (the API checks the forum). Non-executives and viewers read it.
 */
export function canRecordDecisions(role: Role): boolean {
  return role === 'ADMIN' || role === 'LEADER' || role === 'PLACE_LEAD';
}

/**
 * Whether a role may import this kind of spreadsheet ('places', 'organisations', 'forums', 'people' or 'decisions'):
 * the register only its editor; decisions those who record them, administrators and leaders for every forum and
 * place leads for their own place's forums (the import checks each row's forum).
 */
export function canImport(role: Role, kind: string): boolean {
  return kind === 'decisions' ? canRecordDecisions(role) : canEditRegister(role);
}

/** Security events (who signed in, what was exported) are for the system administrator, who answers for access. */
export function canReadSecurityEvents(role: Role): boolean {
  return role === 'ADMIN';
}

export function isRole(value: unknown): value is Role {
  return isOneOf(ROLES, value);
}
