import Papa from 'papaparse';
import type { CsvCountMessage } from './csv-row-counter';

/**
 * Counts a CSV file's rows with papaparse, off the page's thread, in 256 kB chunks, posting
 * progress at most every 100 ms. Only counting happens here; the API parses the file for real.
 * (papaparse's own `worker: true` starts its worker from a blob: URL, which the app's
 * Content-Security-Policy refuses; this worker is a same-origin script.)
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: CsvCountMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
const PROGRESS_INTERVAL_MS = 100;

scope.onmessage = (event) => {
  let rows = 0;
  // The first report waits one interval, so the estimate of the total rests on more than the header row.
  let lastPosted = Date.now();
  Papa.parse<string[]>(event.data, {
    chunkSize: 256 * 1024,
    skipEmptyLines: 'greedy',
    step: (results) => {
      rows += 1;
      const now = Date.now();
      if (now - lastPosted >= PROGRESS_INTERVAL_MS) {
        lastPosted = now;
        scope.postMessage({ type: 'progress', rows, characters: results.meta.cursor });
      }
    },
    complete: () => scope.postMessage({ type: 'done', rows }),
    error: (error) => scope.postMessage({ type: 'error', message: error.message }),
  });
};
