/** The part of a Relay-style connection the cache needs to join pages. */
export interface ConnectionPage<Edge extends { cursor: string }> {
  edges: readonly Edge[];
  [field: string]: unknown;
}

/**
 * Joins pages of a cursor-paginated connection in the cache. A request without `after` is a
 * first page and replaces what was there (new filters, a refetch); a request with `after`
 * appends its edges, skipping any cursor already held, and its pageInfo and totalCount win.
 */
export function mergeConnectionPages<Edge extends { cursor: string }, Page extends ConnectionPage<Edge>>(
  existing: Page | undefined,
  incoming: Page,
  after: string | null | undefined,
): Page {
  if (!existing || !after) return incoming;
  const held = new Set(existing.edges.map((edge) => edge.cursor));
  return { ...incoming, edges: [...existing.edges, ...incoming.edges.filter((edge) => !held.has(edge.cursor))] };
}
