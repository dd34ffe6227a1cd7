import { recoverableByDifferencing } from './span-attack';

describe('recoverableByDifferencing', () => {
  // Atoms: [LG exec, LG oper, NHS exec, NHS oper].
  const total = [1, 1, 1, 1];
  const lg = [1, 1, 0, 0];
  const operational = [0, 1, 0, 1];
  const nhsOperational = [0, 0, 0, 1];
  const lgExecutive = [1, 0, 0, 0];

  it("finds the issue's attack: LG − operational + NHS∧operational is the lone LG executive", () => {
    expect(recoverableByDifferencing([lg, operational, nhsOperational], [lgExecutive])).toEqual([0]);
  });

  it('finds a complement by subtraction from the total', () => {
    expect(recoverableByDifferencing([total, lg], [[0, 0, 1, 1]])).toEqual([0]);
  });

  it('finds nothing when the published groups are unions of blocks the target splits', () => {
    // Blocks {LG exec, LG oper} and {NHS exec}, {NHS oper}: the lone executive is never isolated.
    expect(recoverableByDifferencing([total, lg, [0, 0, 1, 0], [0, 0, 0, 1]], [lgExecutive, operational])).toEqual([]);
  });

  it('handles duplicate and zero vectors, and nothing published', () => {
    expect(recoverableByDifferencing([lg, lg, [0, 0, 0, 0]], [lg, [2, 2, 0, 0], lgExecutive])).toEqual([0, 1]);
    expect(recoverableByDifferencing([], [lgExecutive])).toEqual([]);
  });
});
