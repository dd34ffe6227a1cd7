import { checkPageSize, decodeCursor, encodeCursor, toConnection } from './pagination';

describe('cursors', () => {
  it('round-trip the sort key', () => {
    const cursor = encodeCursor(['ashby carers', '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f']);
    expect(decodeCursor(cursor, ['text', 'id'])).toEqual(['ashby carers', '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f']);
  });

  it('refuse a cursor this list did not give out, naming the "after" field', () => {
    const hand = [
      encodeCursor(['ashby', 'not-an-id']),
      encodeCursor(['ash\u0000by', '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f']),
      encodeCursor([1, '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f']),
      Buffer.from('[null, 1e999]').toString('base64url'),
    ];
    for (const bad of ['not-base64!', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url'), ...hand]) {
      expect(() => decodeCursor(bad, ['text', 'id'])).toThrow(expect.objectContaining({
        extensions: expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'after' })] }),
      }));
    }
  });
});

describe('checkPageSize', () => {
  it('accepts 1 to 200 and refuses 0, 201 and fractions', () => {
    expect(() => checkPageSize(1)).not.toThrow();
    expect(() => checkPageSize(200)).not.toThrow();
    for (const bad of [0, 201, 2.5]) expect(() => checkPageSize(bad)).toThrow('"first" must be a whole number from 1 to 200');
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'];
  it('returns `first` rows and says there is a next page when an extra row came back', () => {
    const page = toConnection(rows, 2, 10, (r) => `c-${r}`, (r) => r.toUpperCase());
    expect(page.edges).toEqual([{ cursor: 'c-a', node: 'A' }, { cursor: 'c-b', node: 'B' }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c-b' });
    expect(page.totalCount).toBe(10);
  });

  it('says there is no next page on the last page, and has no cursor when empty', () => {
    expect(toConnection(rows, 3, 3, String, String).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c' });
    expect(toConnection([], 3, 0, String, String).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
