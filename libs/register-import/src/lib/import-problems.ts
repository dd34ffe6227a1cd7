import type { SheetColumns } from './header-matching';

export interface ImportProblem {
  /** The spreadsheet's own row number: the header row is 1 and the first data row 2. */
  row: number;
  /** The column's header as the file wrote it. */
  column: string;
  value: string;
  message: string;
}

/** A row of the file, its cells keyed by column key; a column the file leaves out has no entry. */
export interface SheetRow {
  number: number;
  cells: Record<string, string>;
}

/** Collects every problem of an import and answers which rows and cells have one. */
export class ProblemList {
  private readonly problems: ImportProblem[] = [];
  private readonly positions: number[] = [];
  private readonly rowsWithProblems = new Set<number>();
  private readonly cellsWithProblems = new Set<string>();

  constructor(private readonly columns: SheetColumns) {}

  add(row: SheetRow, key: string, message: string): void {
    this.problems.push({ row: row.number, column: this.columns.header(key), value: row.cells[key] ?? '', message });
    this.positions.push(this.columns.index(key) ?? -1);
    this.rowsWithProblems.add(row.number);
    this.cellsWithProblems.add(`${row.number}|${key}`);
  }

  hasRow(row: number): boolean {
    return this.rowsWithProblems.has(row);
  }

  hasCell(row: number, key: string): boolean {
    return this.cellsWithProblems.has(`${row}|${key}`);
  }

  /** In reading order: by row, then by the column's place in the file. */
  list(): ImportProblem[] {
    return this.problems
      .map((problem, index) => ({ problem, position: this.positions[index], index }))
      .sort((a, b) => a.problem.row - b.problem.row || a.position - b.position || a.index - b.index)
      .map(({ problem }) => problem);
  }
}
