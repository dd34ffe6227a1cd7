import { matchHeaders } from './header-matching';
import { ProblemList } from './import-problems';

describe('ProblemList', () => {
  const columns = matchHeaders('places', ['ons code', 'NAME']);

  it('names the column as the file wrote it and keeps the cell as written', () => {
    const problems = new ProblemList(columns);
    problems.add({ number: 4, cells: { onsCode: 'X1', name: 'North' } }, 'onsCode', 'Bad ONS code');
    expect(problems.list()).toEqual([{ row: 4, column: 'ons code', value: 'X1', message: 'Bad ONS code' }]);
  });

  it('lists problems by row, then by the column order of the file', () => {
    const problems = new ProblemList(columns);
    problems.add({ number: 9, cells: {} }, 'onsCode', 'third');
    problems.add({ number: 3, cells: {} }, 'name', 'second');
    problems.add({ number: 3, cells: {} }, 'onsCode', 'first');
    problems.add({ number: 9, cells: {} }, 'name', 'fourth');
    expect(problems.list().map((problem) => problem.message)).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('answers whether a row or a cell has a problem', () => {
    const problems = new ProblemList(columns);
    problems.add({ number: 5, cells: {} }, 'name', 'Enter the name');
    expect(problems.hasRow(5)).toBe(true);
    expect(problems.hasRow(6)).toBe(false);
    expect(problems.hasCell(5, 'name')).toBe(true);
    expect(problems.hasCell(5, 'onsCode')).toBe(false);
  });
});
