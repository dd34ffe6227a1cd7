import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PreviewImportMutation } from '../../../generated/graphql';
import { fieldErrorsFrom } from '../../../shared/utils/graphql-errors';

/** One problem in one cell: the spreadsheet's row number (header is row 1), the column as headed, the value and what is wrong. */
export type ImportProblemRow = Omit<PreviewImportMutation['previewImport']['problems'][number], '__typename'>;

/**
 * The row problems a refused commitImport carries in `extensions.problems` (BAD_USER_INPUT):
 * the register changed between checking and importing. Null when the error is of another kind.
 */
export function importProblemsFrom(error: unknown): { problems: ImportProblemRow[]; problemCount: number } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions['code'] !== 'BAD_USER_INPUT' || !Array.isArray(extensions['problems'])) continue;
    const problems = (extensions['problems'] as unknown[]).filter(isProblem).map(({ row, column, value, message }) => ({ row, column, value, message }));
    const count = extensions['problemCount'];
    return { problems, problemCount: typeof count === 'number' && count >= problems.length ? count : problems.length };
  }
  return null;
}

/** A problem with the whole file (unreadable, missing columns, too big), reported as the field error on `file`. */
export function fileErrorFrom(error: unknown): string | null {
  return fieldErrorsFrom(error).find((fieldError) => fieldError.field === 'file')?.message ?? null;
}

function isProblem(value: unknown): value is ImportProblemRow {
  if (typeof value !== 'object' || value === null) return false;
  const { row, column, value: cell, message } = value as Record<string, unknown>;
  return typeof row === 'number' && typeof column === 'string' && typeof cell === 'string' && typeof message === 'string';
}
