import { mergeConnectionPages } from './connection-pagination';

const page = (cursors: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5) => ({
  edges: cursors.map((cursor) => ({ cursor, node: { __ref: `Organisation:${cursor}` } })),
  pageInfo: { endCursor, hasNextPage },
  totalCount,
});

describe('mergeConnectionPages', () => {
  it('takes a first page as it is', () => {
    const first = page(['a', 'b'], 'b', true);
    expect(mergeConnectionPages(undefined, first, undefined)).toBe(first);
  });

  it('replaces held pages when a first page arrives again', () => {
    const held = mergeConnectionPages(page(['a', 'b'], 'b', true), page(['c', 'd'], 'd', true), 'b');
    const refetched = page(['a', 'b'], 'b', true, 6);
    expect(mergeConnectionPages(held, refetched, null)).toBe(refetched);
  });

  it('appends a later page and takes its pageInfo and totalCount', () => {
    const merged = mergeConnectionPages(page(['a', 'b'], 'b', true), page(['c', 'd'], 'd', false, 4), 'b');
    expect(merged.edges.map((edge) => edge.cursor)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.pageInfo).toEqual({ endCursor: 'd', hasNextPage: false });
    expect(merged.totalCount).toBe(4);
  });

  it('does not repeat edges it already holds', () => {
    const merged = mergeConnectionPages(page(['a', 'b'], 'b', true), page(['b', 'c'], 'c', false), 'b');
    expect(merged.edges.map((edge) => edge.cursor)).toEqual(['a', 'b', 'c']);
  });
});
