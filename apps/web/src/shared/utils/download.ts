/**
 * Saves text as a file through a temporary link to a Blob, so the browser's own download
 * handling (and its "save as") applies. The URL is released soon after.
 */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start reading the Blob after click() returns; give them time before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
