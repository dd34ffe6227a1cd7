import type { ReadProgress } from '../utils/read-spreadsheet';

/**
 * A progress bar for reading the file, with its text alternative ("Read 12,000 of about 20,000
 * rows") shown beside it. The stage itself is announced by the page's status message, not on
 * every update, so screen readers are not flooded.
 */
export function ImportProgress({ progress }: { progress: ReadProgress }) {
  const determinate = progress.value !== null && progress.max !== null;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="read-progress">
        Reading the file
      </label>
      <progress
        id="read-progress"
        className="app-progress"
        max={determinate ? (progress.max ?? undefined) : undefined}
        value={determinate ? Math.min(progress.value ?? 0, progress.max ?? 0) : undefined}
        aria-valuetext={progress.text}
        aria-describedby="read-progress-text"
      >
        {progress.text}
      </progress>
      <p className="nhsuk-body" id="read-progress-text">
        {progress.text}
      </p>
    </div>
  );
}
