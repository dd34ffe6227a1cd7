import { tieKey, undirectedTies } from './undirected-ties';

describe('undirectedTies', () => {
  it('pairs the two directions, a < b, with the mean strength and the gap between them', () => {
    const ties = undirectedTies([
      { source: 'b', target: 'a', weight: 0.8 },
      { source: 'a', target: 'b', weight: 0.4 },
      { source: 'c', target: 'a', weight: 0.3 },
    ]);
    // a–b: forward (a's view of b) 0.4, backward 0.8, strength (0.4 + 0.8) ÷ 2 = 0.6, gap |0.4 − 0.8| = 0.4.
    // a–c: only c rated a: strength 0.3, one-sided, no gap.
    expect(ties).toEqual([
      { a: 'a', b: 'b', strength: expect.closeTo(0.6, 12), forward: 0.4, backward: 0.8, reciprocityGap: expect.closeTo(0.4, 12), oneSided: false },
      { a: 'a', b: 'c', strength: 0.3, forward: null, backward: 0.3, reciprocityGap: null, oneSided: true },
    ]);
  });

  it('rejects a second tie for the same ordered pair', () => {
    expect(() =>
      undirectedTies([
        { source: 'a', target: 'b', weight: 0.4 },
        { source: 'a', target: 'b', weight: 0.5 },
      ]),
    ).toThrow('ties[1]: a second tie from a to b; give at most one per ordered pair');
  });

  it('keys a pair the same way from either end', () => {
    expect(tieKey('b', 'a')).toBe('a|b');
    expect(tieKey('a', 'b')).toBe('a|b');
  });
});
