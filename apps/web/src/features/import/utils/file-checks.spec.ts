import { fileProblem, MAX_IMPORT_BYTES, spreadsheetFormat } from './file-checks';

describe('spreadsheetFormat', () => {
  it('tells CSV from XLSX by the ending, ignoring case', () => {
    expect(spreadsheetFormat('partners.csv')).toBe('csv');
    expect(spreadsheetFormat('Partners 2025.XLSX')).toBe('xlsx');
    expect(spreadsheetFormat('partners.xls')).toBeNull();
    expect(spreadsheetFormat('partners')).toBeNull();
  });
});

describe('fileProblem', () => {
  it('accepts CSV and XLSX files up to 10 MB', () => {
    expect(fileProblem({ name: 'partners.csv', size: 1 })).toBeNull();
    expect(fileProblem({ name: 'partners.xlsx', size: MAX_IMPORT_BYTES })).toBeNull();
  });

  it('refuses other types, with advice for old Excel files', () => {
    expect(fileProblem({ name: 'partners.pdf', size: 10 })).toBe('The selected file must be a CSV or XLSX file');
    expect(fileProblem({ name: 'partners.xls', size: 10 })).toMatch(/save it as \.xlsx/);
  });

  it('refuses empty files and files over the cap', () => {
    expect(fileProblem({ name: 'partners.csv', size: 0 })).toBe('The selected file is empty');
    expect(fileProblem({ name: 'partners.csv', size: MAX_IMPORT_BYTES + 1 })).toMatch(/smaller than 10 MB/);
  });
});
