/** Messages from the counting worker. Rows include the header row. */
export type CsvCountMessage =
  | { type: 'progress'; rows: number; characters: number }
  | { type: 'done'; rows: number }
  | { type: 'error'; message: string };

/**
 * Counts the rows of a CSV file in a web worker, reporting rows and characters read as it goes,
 * so a 20,000-row file never freezes the page. Resolves with the number of rows, header included.
 * Loaded with import() so that only the import page's code ever refers to the worker.
 */
export function countCsvRows(file: File, onProgress: (rows: number, characters: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csv-row-count.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CsvCountMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.rows, message.characters);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.rows);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file could not be read'));
    };
    worker.postMessage(file);
  });
}
