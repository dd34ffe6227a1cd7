import { parse } from 'papaparse';
import { ImportFileError } from './import-file-error';

/**
 * The records of a UTF-8 CSV file, blank lines included so that every record keeps its place in the file's
 * row numbering (papaparse's skipEmptyLines would shift the numbers problems are reported against).
 */
export function csvRows(bytes: Uint8Array, fileName: string): string[][] {
  let text: string;
  try {
    // fatal: a Windows-1252 file would otherwise import with "?" in place of every £ or é.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(`"${fileName}" is not UTF-8 text. In Excel choose Save As and "CSV UTF-8 (Comma delimited)", then upload that file.`);
  }
  if (text.includes('\u0000')) {
    throw new ImportFileError(`Upload a CSV or XLSX file; "${fileName}" is neither (it holds binary data, not text).`);
  }
  const result = parse<string[]>(text, { skipEmptyLines: false });
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new ImportFileError(`"${fileName}" has a broken quoted cell on row ${row} (${quoteError.message}). Check the quote marks on that row.`);
  }
  return result.data;
}
