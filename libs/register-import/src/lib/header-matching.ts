import { IMPORT_COLUMNS, type ImportKind, templateHeader } from './import-columns';
import { ImportFileError } from './import-file-error';

/** "ODS code", "ods_code", "ODS-Code (optional)" and "odsCode" all name the same column. */
export function headerKey(header: string): string {
  return header
    .trim()
    .replace(/\(\s*optional\s*\)$/i, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
}

/** Where each known column of an import kind sits in a file, and the header as the file wrote it. */
export class SheetColumns {
  constructor(private readonly found: ReadonlyMap<string, { index: number; header: string }>) {}

  has(key: string): boolean {
    return this.found.has(key);
  }

  /** The index of the column in each row, or undefined when the file leaves it out. */
  index(key: string): number | undefined {
    return this.found.get(key)?.index;
  }

  header(key: string): string {
    return this.found.get(key)?.header ?? key;
  }
}

/** "A", "B" or "C" */
function eitherOf(names: string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0];
}

/** Finds the columns of `kind` among the file's headers; extra columns are ignored, a missing required one is a file error. */
export function matchHeaders(kind: ImportKind, headers: readonly string[]): SheetColumns {
  const columns = IMPORT_COLUMNS[kind];
  const columnByHeaderKey = new Map(columns.flatMap((column) => [[headerKey(column.header), column] as const, [headerKey(column.key), column] as const]));
  const found = new Map<string, { index: number; header: string }>();
  headers.forEach((header, index) => {
    const column = columnByHeaderKey.get(headerKey(header));
    if (column === undefined) return;
    const earlier = found.get(column.key);
    if (earlier) {
      throw new ImportFileError(`The file has two "${column.header}" columns ("${earlier.header}" and "${header}"). Delete one of them.`);
    }
    found.set(column.key, { index, header });
  });
  const missing = columns.filter((column) => column.required && !found.has(column.key)).map((column) => column.header);
  if (missing.length > 0) {
    const present = headers.filter((header) => header !== '');
    throw new ImportFileError(
      `The file has no ${eitherOf(missing)} column. ` +
        `Its columns are: ${present.length > 0 ? present.join(', ') : '(none)'}. ` +
        `Expected: ${columns.map(templateHeader).join(', ')}.`,
    );
  }
  return new SheetColumns(found);
}
