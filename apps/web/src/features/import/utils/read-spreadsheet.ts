import type { SpreadsheetFormat } from './file-checks';
import { byteProgressText, estimatedTotalRows, rowProgressText, rowsText } from './import-wording';
import { readFileAsBase64 } from './read-file';

/** How far reading has got: `value` of `max` for a determinate bar, nulls while there is no measure yet. */
export interface ReadProgress {
  value: number | null;
  max: number | null;
  text: string;
}

/**
 * Reads a chosen spreadsheet for sending: a CSV is first counted row by row in a web worker (so
 * the bar can say "Read 12,000 of about 20,000 rows"); then the file is base64-encoded in slices
 * by the browser, an XLSX showing the bytes read as it goes.
 */
export async function readSpreadsheet(file: File, format: SpreadsheetFormat, onProgress: (progress: ReadProgress) => void): Promise<string> {
  if (format === 'csv') {
    const { countCsvRows } = await import('./csv-row-counter');
    // Rows counted include the header row; people count the rows below it.
    const rows = await countCsvRows(file, (rowsRead, characters) => {
      const about = estimatedTotalRows(rowsRead, characters, file.size);
      onProgress({
        value: rowsRead,
        max: about,
        text: rowProgressText(Math.max(0, rowsRead - 1), about === null ? null : Math.max(0, about - 1)),
      });
    });
    onProgress({ value: rows, max: Math.max(rows, 1), text: `Read ${rowsText(Math.max(0, rows - 1))}` });
  }
  return readFileAsBase64(file, (loaded, total) => {
    if (format === 'xlsx') onProgress({ value: loaded, max: total, text: byteProgressText(loaded, total) });
  });
}
