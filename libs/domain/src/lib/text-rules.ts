/** The database's varchar(100) for external ids. */
export const EXTERNAL_ID_MAX_LENGTH = 100;
/** A local authority's name, as long as any register name may be. */
export const LOCAL_AUTHORITY_MAX_LENGTH = 200;
/** Long enough for any passphrase; short enough that hashing it costs what hashing a password should. */
export const PASSWORD_MAX_LENGTH = 256;
/** The longest file name common file systems allow. */
export const FILE_NAME_MAX_LENGTH = 255;

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one: not a character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in characters (code points), as a Postgres varchar limit counts them; an emoji is one, not two. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Text that cannot be stored: PostgreSQL refuses the NUL character in text, and a lone surrogate is half of a
 * character that no keyboard types (it comes from broken copy-paste or from a client cutting a string in two).
 * `label` is what a form calls the field.
 */
export function textHygieneProblem(text: string, label: string): string | null {
  if (text.includes('\u0000')) return `${label} contains a NUL character, which cannot be stored; remove it`;
  if (LONE_SURROGATE.test(text)) return `${label} contains a broken character (half of an emoji or symbol); retype it`;
  return null;
}

/** Storable text of at most `maxLength` characters; counting ignores surrounding whitespace, which is trimmed off. */
export function textProblem(raw: string, label: string, maxLength: number): string | null {
  const hygiene = textHygieneProblem(raw, label);
  if (hygiene) return hygiene;
  if (characterCount(raw.trim()) > maxLength) return `${label} must be ${maxLength} characters or fewer`;
  return null;
}

export function externalIdProblem(raw: string): string | null {
  return textProblem(raw, 'External ID', EXTERNAL_ID_MAX_LENGTH);
}

export function localAuthorityProblem(raw: string): string | null {
  return textProblem(raw, 'Local authority', LOCAL_AUTHORITY_MAX_LENGTH);
}

export function passwordProblem(raw: string): string | null {
  if (raw === '') return 'Enter your password';
  const hygiene = textHygieneProblem(raw, 'Password');
  if (hygiene) return hygiene;
  return characterCount(raw) > PASSWORD_MAX_LENGTH ? `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` : null;
}

export function fileNameProblem(raw: string): string | null {
  if (raw.trim() === '') return 'The file has no name';
  return textProblem(raw, 'File name', FILE_NAME_MAX_LENGTH);
}

/** Room to say what changed and why (a new framework agreed, a service redesigned), short enough for a chart's note. */
export const REBASE_REASON_MAX_LENGTH = 500;

/** Why a chart is rebased: required, since Making Data Count recalculates limits only for an explained change. */
export function rebaseReasonProblem(raw: string): string | null {
  if (raw.trim() === '') return 'Enter the reason for the rebase: what changed, and why the new level is expected to hold';
  return textProblem(raw, 'Reason', REBASE_REASON_MAX_LENGTH);
}
