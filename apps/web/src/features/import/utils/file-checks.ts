/** The largest file the API will import (10 MB), checked here too so nobody waits to upload a file that will be refused. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** CSV or XLSX, by the file's ending, as the API tells them apart; null for anything else. */
export function spreadsheetFormat(fileName: string): SpreadsheetFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}

/** What is wrong with a chosen file before reading it, in the NHS.UK file upload wording; null when it may be read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const format = spreadsheetFormat(file.name);
  if (format === null) {
    return /\.xls$/i.test(file.name)
      ? 'The selected file must be a CSV or XLSX file. Open it in Excel and save it as .xlsx or as CSV UTF-8'
      : 'The selected file must be a CSV or XLSX file';
  }
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_IMPORT_BYTES) return 'The selected file must be smaller than 10 MB. Split it into smaller files';
  return null;
}
