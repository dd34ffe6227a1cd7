import type * as z from 'zod';
import type { SheetColumns } from './header-matching';
import type { ProblemList, SheetRow } from './import-problems';
import type { Sheet } from './read-sheet';

export type FieldSchemas = Record<string, z.ZodType>;

/**
 * A row's parsed values by column key. A value is undefined when its column is left out of the file or its
 * cell has a problem (already recorded); `columns.has(key)` tells the two apart.
 */
export interface ParsedRow<F extends FieldSchemas> extends SheetRow {
  values: { [K in keyof F]?: z.output<F[K]> };
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Parses every non-blank row cell by cell, so that one bad cell neither hides the problems of the others nor
 * loses the good values the duplicate and matching checks still need. It runs column by column: each schema
 * then parses thousands of cells in a row, which V8 optimises far better than seven schemas taking turns.
 */
export function parseRows<F extends FieldSchemas>(sheet: Sheet, columns: SheetColumns, fields: F, problems: ProblemList): ParsedRow<F>[] {
  const firstDataRow = (sheet.headerRowNumber ?? 1) + 1;
  const present = Object.keys(fields).filter((key) => columns.has(key));
  const parsed: ParsedRow<F>[] = [];
  sheet.rows.forEach((cellsInFile, offset) => {
    if (isBlank(cellsInFile)) return;
    const cells: Record<string, string> = {};
    for (const key of present) {
      // Trimmed again: a sheet may come from elsewhere than readSheet.
      cells[key] = (cellsInFile[columns.index(key) as number] ?? '').trim();
    }
    parsed.push({ number: firstDataRow + offset, cells, values: {} });
  });
  for (const key of present) {
    const parseCell = memoised(fields[key]);
    for (const row of parsed) {
      const { data, problem } = parseCell(row.cells[key]);
      if (problem === null) {
        row.values[key as keyof F] = data as z.output<F[keyof F]>;
      } else {
        problems.add(row, key, problem);
      }
    }
  }
  return parsed;
}

/** A cell's parsed value, or the problem with it. */
interface CellResult {
  data: unknown;
  problem: string | null;
}

/** Distinct cells a column's cache remembers: enough for any column of choices, small for a column of unique names. */
const CACHED_CELLS = 1000;

/**
 * The schema's parse, remembered per cell text: a column such as kind, sector or places repeats a handful of values
 * over thousands of rows, and parsing each once takes a third off a large import's validation. Cell schemas are
 * pure (the register they look things up in does not change during an import), so a repeat gets the same result;
 * a list is copied so that no two rows share one.
 */
function memoised(schema: z.ZodType): (cell: string) => CellResult {
  const results = new Map<string, CellResult>();
  return (cell) => {
    const known = results.get(cell);
    if (known) return Array.isArray(known.data) ? { data: [...known.data], problem: null } : known;
    const parsed = schema.safeParse(cell);
    const result: CellResult = parsed.success ? { data: parsed.data, problem: null } : { data: undefined, problem: [...new Set(parsed.error.issues.map((issue) => issue.message))].join('; ') };
    if (results.size < CACHED_CELLS) results.set(cell, Array.isArray(result.data) ? { data: [...result.data], problem: null } : result);
    return result;
  };
}

/** The number of rows an import reads: blank rows in the middle of a file are skipped, not counted. */
export function countRows(sheet: Sheet): number {
  return sheet.rows.filter((row) => !isBlank(row)).length;
}
