import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One problem with one input field, as the API reports it and as forms show it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The `extensions.code` of the first GraphQL error, such as 'UNAUTHENTICATED' or 'BAD_USER_INPUT'. */
export function errorCodeOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** True when any GraphQL error in the response carries this code. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

/**
 * The field errors of a BAD_USER_INPUT response (`extensions.fieldErrors`), in the order the API
 * sent them. Anything that is not shaped like `{ field, message }` is dropped, so a form never
 * shows an empty or garbled message.
 */
export function fieldErrorsFrom(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const found: FieldError[] = [];
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const list = graphQLError.extensions['fieldErrors'];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (isFieldError(item)) found.push({ field: item.field, message: item.message });
    }
  }
  return found;
}

/** The message of the first GraphQL error, for errors that belong to no field (rate limits, permissions). */
export function firstErrorMessage(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const message = error.errors[0]?.message;
  return message ? message : undefined;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string' && message.trim() !== '';
}
