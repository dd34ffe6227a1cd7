import { GraphQLError } from 'graphql';

/** One problem with one input field, named as the client sent it. */
export interface FieldError {
  field: string;
  message: string;
}

export function unauthenticated(message = 'Sign in to continue'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Your role does not allow this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** Refused for now: by default the sign-in limit's words; `message` for any other limit. */
export function tooManyRequests(retryAfterSeconds: number, message?: string): GraphQLError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new GraphQLError(
    message ?? `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } },
  );
}

/** Bad input: the message lists every problem, and `fieldErrors` lets a form show each next to its field. */
export function badUserInput(fieldErrors: FieldError[]): GraphQLError {
  return new GraphQLError(fieldErrors.map((e) => e.message).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}

/** Collects field problems so a form hears about all of them at once, not one per submit. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string | null | undefined): void {
    if (message) this.errors.push({ field, message });
  }

  has(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }

  throwIfAny(): void {
    if (this.errors.length) throw badUserInput(this.errors);
  }
}
