import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCodeOf, fieldErrorsFrom, firstErrorMessage, hasErrorCode } from './graphql-errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('fieldErrorsFrom', () => {
  it('returns the field errors of a BAD_USER_INPUT response in order', () => {
    const error = graphQLErrors({
      message: 'Bad input',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'name', message: 'A partner called "Northshire ICB" already exists' },
          { field: 'odsCode', message: 'ODS code must be 3 to 6 letters or digits' },
        ],
      },
    });

    expect(fieldErrorsFrom(error)).toEqual([
      { field: 'name', message: 'A partner called "Northshire ICB" already exists' },
      { field: 'odsCode', message: 'ODS code must be 3 to 6 letters or digits' },
    ]);
  });

  it('ignores errors with other codes', () => {
    const error = graphQLErrors({
      message: 'You do not have permission',
      extensions: { code: 'FORBIDDEN', fieldErrors: [{ field: 'name', message: 'x' }] },
    });
    expect(fieldErrorsFrom(error)).toEqual([]);
  });

  it('drops entries that are not { field, message } with a message', () => {
    const error = graphQLErrors({
      message: 'Bad input',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [null, 'name', { field: 'name' }, { field: 'weight', message: '  ' }, { field: 'kind', message: 'Select a kind' }],
      },
    });
    expect(fieldErrorsFrom(error)).toEqual([{ field: 'kind', message: 'Select a kind' }]);
  });

  it('returns nothing for network errors and for no error', () => {
    expect(fieldErrorsFrom(new TypeError('Failed to fetch'))).toEqual([]);
    expect(fieldErrorsFrom(undefined)).toEqual([]);
  });
});

describe('errorCodeOf and hasErrorCode', () => {
  const rateLimited = graphQLErrors({
    message: 'Too many attempts. Try again in 5 minutes.',
    extensions: { code: 'TOO_MANY_REQUESTS' },
  });

  it('reads the code of the first error', () => {
    expect(errorCodeOf(rateLimited)).toBe('TOO_MANY_REQUESTS');
    expect(errorCodeOf(new Error('offline'))).toBeUndefined();
  });

  it('finds a code on any error', () => {
    const mixed = graphQLErrors({ message: 'a' }, { message: 'b', extensions: { code: 'UNAUTHENTICATED' } });
    expect(hasErrorCode(mixed, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(mixed, 'FORBIDDEN')).toBe(false);
  });

  it('gives the first message for errors that belong to no field', () => {
    expect(firstErrorMessage(rateLimited)).toBe('Too many attempts. Try again in 5 minutes.');
    expect(firstErrorMessage(new Error('offline'))).toBeUndefined();
  });
});
