import { nameCell, onsCodeCell, localAuthorityCell } from './cell-schemas';
import { matchHeaders } from './header-matching';
import { ProblemList } from './import-problems';
import { countRows, parseRows } from './sheet-rows';

const fields = { name: nameCell('place'), localAuthority: localAuthorityCell, onsCode: onsCodeCell };

describe('parseRows', () => {
  it('numbers rows as the spreadsheet does and skips blank ones without renumbering', () => {
    const sheet = { headers: ['Name'], rows: [['North'], ['', ''], ['South']] };
    const columns = matchHeaders('places', sheet.headers);
    const rows = parseRows(sheet, columns, fields, new ProblemList(columns));
    expect(rows.map((row) => [row.number, row.values.name])).toEqual([
      [2, 'North'],
      [4, 'South'],
    ]);
  });

  it('starts numbering below a header that was not on row 1', () => {
    const sheet = { headers: ['Name'], rows: [['North']], headerRowNumber: 3 };
    const columns = matchHeaders('places', sheet.headers);
    expect(parseRows(sheet, columns, fields, new ProblemList(columns))[0].number).toBe(4);
  });

  it('keeps good values of a row beside a bad one and records the bad one', () => {
    const sheet = { headers: ['ONS code', 'Name', 'Local authority'], rows: [['X1', 'North', '']] };
    const columns = matchHeaders('places', sheet.headers);
    const problems = new ProblemList(columns);
    const [row] = parseRows(sheet, columns, fields, problems);
    expect(row.values).toEqual({ name: 'North', localAuthority: null });
    expect(row.cells).toEqual({ name: 'North', localAuthority: '', onsCode: 'X1' });
    expect(problems.list()).toEqual([
      { row: 2, column: 'ONS code', value: 'X1', message: 'Bad ONS code "X1": ONS code must be E, W, S or N followed by 8 digits, such as E06000047' },
    ]);
  });

  it('leaves out columns the file does not have, and reads short rows as blank cells', () => {
    const sheet = { headers: ['Name', 'Local authority'], rows: [['North']] };
    const columns = matchHeaders('places', sheet.headers);
    const [row] = parseRows(sheet, columns, fields, new ProblemList(columns));
    expect(row.values).toEqual({ name: 'North', localAuthority: null });
    expect('onsCode' in row.values).toBe(false);
  });
});

describe('countRows', () => {
  it('counts the rows that are not blank', () => {
    expect(countRows({ headers: ['Name'], rows: [['A'], [''], ['B']] })).toBe(2);
  });
});
