import { useEffect } from 'react';

export const SERVICE_NAME = 'Stewardship';

/** Sets the document title to "<page> – Stewardship", prefixed with "Error: " while a form shows errors. */
export function usePageTitle(page: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
  }, [page, hasErrors]);
}
