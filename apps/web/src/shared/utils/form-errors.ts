import type { FieldError } from './graphql-errors';

/** Server errors can arrive in any order; show them in the order of the fields on the page, others last. */
export function inFieldOrder(errors: FieldError[], fields: readonly string[]): FieldError[] {
  const rank = (field: string) => {
    const index = fields.indexOf(field);
    return index === -1 ? fields.length : index;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}

/** The first error for each field, for the inline messages (the summary lists them all). */
export function firstErrorByField(errors: FieldError[]): Partial<Record<string, string>> {
  const byField: Partial<Record<string, string>> = {};
  for (const error of errors) byField[error.field] ??= error.message;
  return byField;
}

/** Optional text fields: trimmed, and null when left empty, as the API stores "not recorded". */
export function optionalText(raw: string): string | null {
  const text = raw.trim();
  return text === '' ? null : text;
}

/** What a form's own checks found: the problems, and the input to send when there are none (null otherwise). */
export type Checked<Input> = { problems: FieldError[]; input: Input | null };
