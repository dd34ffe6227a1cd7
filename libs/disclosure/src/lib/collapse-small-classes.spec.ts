import { collapseSmallClasses } from './collapse-small-classes';

const sizes = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('collapseSmallClasses', () => {
  it('collapses the combinations smaller than the minimum when together they reach it', () => {
    // Ashby+Dunmere 3, Brackenford+Carrow 2, Carrow+Dunmere 4: 9 together, so each large combination stays.
    const classes = sizes({ A: 34, 'A+B': 5, 'A+D': 3, 'B+C': 2, 'C+D': 4, ABCD: 30 });
    expect([...collapseSmallClasses(classes, 5)].sort()).toEqual(['A+D', 'B+C', 'C+D']);
  });

  it('collapses the next smallest combination while the pool is still too small', () => {
    // B+C (2) alone would be a pool of 2: A+B (6) joins it, making 8; A (30) stays.
    expect([...collapseSmallClasses(sizes({ A: 30, 'A+B': 6, 'B+C': 2 }), 5)].sort()).toEqual(['A+B', 'B+C']);
  });

  it('counts partners serving no place in the pool', () => {
    expect([...collapseSmallClasses(sizes({ '': 3, A: 20, 'A+B': 2 }), 5, '')].sort()).toEqual(['', 'A+B']);
    expect([...collapseSmallClasses(sizes({ '': 6, A: 20 }), 5, '')]).toEqual(['']);
  });

  it('collapses nothing when every combination is large enough', () => {
    expect(collapseSmallClasses(sizes({ A: 5, B: 9, 'A+B': 0 }), 5).size).toBe(0);
  });

  it('breaks ties by key, so the result does not depend on order', () => {
    expect([...collapseSmallClasses(sizes({ Y: 3, X: 3, Z: 40 }), 5)]).toEqual(['X', 'Y']);
  });
});
