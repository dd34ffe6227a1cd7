import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fileErrorFrom, importProblemsFrom } from './import-problems';

const graphQLErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('importProblemsFrom', () => {
  it('reads the problems and their count from a refused import', () => {
    const error = graphQLErrors({
      message: 'The file has 3 problems; nothing was imported.',
      extensions: {
        code: 'BAD_USER_INPUT',
        problemCount: 3,
        problems: [
          { row: 2, column: 'Kind', value: 'Hospital', message: 'Kind must be one of…' },
          { row: 4, column: 'ODS code', value: 'R!', message: 'ODS code must be 3 to 6 letters or digits' },
          { row: 'x', column: 'Name' },
        ],
      },
    });
    expect(importProblemsFrom(error)).toEqual({
      problemCount: 3,
      problems: [
        { row: 2, column: 'Kind', value: 'Hospital', message: 'Kind must be one of…' },
        { row: 4, column: 'ODS code', value: 'R!', message: 'ODS code must be 3 to 6 letters or digits' },
      ],
    });
  });

  it('is null for other errors', () => {
    expect(importProblemsFrom(graphQLErrors({ message: 'No', extensions: { code: 'FORBIDDEN' } }))).toBeNull();
    expect(importProblemsFrom(new TypeError('Failed to fetch'))).toBeNull();
  });
});

describe('fileErrorFrom', () => {
  it('finds the problem with the whole file', () => {
    const error = graphQLErrors({
      message: 'Bad input',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message: '"x.csv" has a header row but no rows below it.' }] },
    });
    expect(fileErrorFrom(error)).toBe('"x.csv" has a header row but no rows below it.');
    expect(fileErrorFrom(new Error('offline'))).toBeNull();
  });
});
