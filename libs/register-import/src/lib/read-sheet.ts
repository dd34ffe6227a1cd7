import { csvRows } from './csv-rows';
import { ImportFileError } from './import-file-error';
import { xlsxRows } from './xlsx-rows';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export interface Sheet {
  headers: string[];
  /** The rows below the header, every cell trimmed text; a blank row in the middle stays as blanks to keep numbering. */
  rows: string[][];
  /** The spreadsheet row the headers were on, when blank rows came before it; 1 when left out. */
  headerRowNumber?: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Formats people upload by mistake under a .csv name; anything else that is not UTF-8 gets the encoding advice.
const BINARY_MAGICS = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .xls and .doc before 2007
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const count = (n: number) => n.toLocaleString('en-GB');

function formatOf(bytes: Uint8Array, fileName: string): 'csv' | 'xlsx' {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const neither = `Upload a CSV or XLSX file; "${fileName}" is neither.`;
  if (extension === 'xlsx') {
    if (!startsWith(bytes, ZIP_MAGIC)) {
      throw new ImportFileError(`${neither} It is named .xlsx but is not an Excel workbook (perhaps an older .xls renamed): open it in Excel and save it as .xlsx.`);
    }
    return 'xlsx';
  }
  if (extension === 'csv') {
    if (startsWith(bytes, ZIP_MAGIC) || BINARY_MAGICS.some((magic) => startsWith(bytes, magic))) {
      throw new ImportFileError(`${neither} It is named .csv but holds a binary file: save it from Excel as .xlsx or as CSV UTF-8.`);
    }
    return 'csv';
  }
  if (extension === 'xls') {
    throw new ImportFileError(`${neither} Open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8.`);
  }
  throw new ImportFileError(neither);
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell === '');

/** Reads an uploaded CSV or XLSX file into trimmed text cells, refusing whole-file problems with advice on what to do. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `"${fileName}" is ${count(bytes.byteLength)} bytes; the largest file you can import is ${count(MAX_IMPORT_BYTES)} bytes (10 MB). Split it into smaller files.`,
    );
  }
  const format = formatOf(bytes, fileName);
  const grid = (format === 'csv' ? csvRows(bytes, fileName) : await xlsxRows(bytes, fileName)).map((row) => row.map((cell) => cell.trim()));
  while (grid.length > 0 && isBlank(grid[grid.length - 1])) grid.pop();
  const headerIndex = grid.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) {
    throw new ImportFileError(`"${fileName}" is empty. Its first row must name the columns, as in the template, with one row per record below it.`);
  }
  const rows = grid.slice(headerIndex + 1);
  if (rows.length === 0) {
    throw new ImportFileError(`"${fileName}" has a header row but no rows below it.`);
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(`"${fileName}" has ${count(rows.length)} rows; the most you can import at once is ${count(MAX_IMPORT_ROWS)}. Split it into smaller files.`);
  }
  const headers = grid[headerIndex];
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headerIndex === 0 ? { headers, rows } : { headers, rows, headerRowNumber: headerIndex + 1 };
}
