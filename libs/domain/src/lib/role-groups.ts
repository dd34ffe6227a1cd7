import { isOneOf } from './is-one-of';
import { characterCount, textHygieneProblem } from './text-rules';

/** The role group a person answers the survey from; scores are reported per group, never per person. */
export const ROLE_GROUPS = ['EXECUTIVE', 'CLINICAL', 'OPERATIONAL', 'VCSE', 'OTHER'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

export const ROLE_GROUP_LABELS: Record<RoleGroup, string> = {
  EXECUTIVE: 'Executive',
  CLINICAL: 'Clinical',
  OPERATIONAL: 'Operational',
  VCSE: 'VCSE',
  OTHER: 'Other',
};

export function isRoleGroup(value: unknown): value is RoleGroup {
  return isOneOf(ROLE_GROUPS, value);
}

/** The longest address SMTP can deliver to (RFC 5321 path limit less its angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * A deliberately simple check of a person's email address: one @, something before it, a domain with a dot
 * after it, no spaces, at most 254 characters. Full RFC 5322 parsing would accept addresses no NHS or council
 * mail system issues, and the only real proof of an address is a message that arrives.
 */
export function emailProblem(raw: string): string | null {
  const email = raw.trim();
  if (email === '') {
    return 'Enter an email address';
  }
  const hygiene = textHygieneProblem(email, 'Email address');
  if (hygiene) {
    return hygiene;
  }
  if (characterCount(email) > EMAIL_MAX_LENGTH) {
    return `Email address must be ${EMAIL_MAX_LENGTH} characters or fewer`;
  }
  if (/\s/.test(email)) {
    return 'Email address must not contain spaces';
  }
  const parts = email.split('@');
  if (parts.length !== 2) {
    return 'Email address must contain exactly one @, such as name@example.nhs.uk';
  }
  const [local, domain] = parts;
  if (local === '') {
    return 'Email address needs a name before the @, such as name@example.nhs.uk';
  }
  if (!/^[^.]+(\.[^.]+)+$/.test(domain)) {
    return 'Email address needs a domain with a dot after the @, such as nhs.net';
  }
  return null;
}
