import { useEffect, useRef, useState } from 'react';

interface Connection {
  edges: readonly unknown[];
  pageInfo: { endCursor?: string | null };
}

/**
 * "Show more" for a cursor-paginated table: fetches the next page, says when that fails, and
 * puts keyboard focus on the first row added (its first link, or the row), so nobody has to find their place again.
 */
export function useShowMore(connection: Connection | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [failed, setFailed] = useState(false);
  const [focusRowIndex, setFocusRowIndex] = useState<number | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const shown = connection?.edges.length ?? 0;

  useEffect(() => {
    if (focusRowIndex === null) return;
    const rows = bodyRef.current?.querySelectorAll('tr');
    const row = rows && rows.length > focusRowIndex ? rows[focusRowIndex] : null;
    if (!row) return;
    // A row without a link (a log line) takes focus itself, so focus is not lost when "Show more" goes away.
    const link = row.querySelector('a');
    if (!link) row.tabIndex = -1;
    (link ?? row).focus();
    setFocusRowIndex(null);
  }, [focusRowIndex, shown]);

  async function showMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setFailed(false);
    try {
      await fetchPage(after);
      setFocusRowIndex(shown);
    } catch {
      setFailed(true);
    }
  }

  return { bodyRef, showMore, failed };
}
