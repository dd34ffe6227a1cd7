import { type CellValue, Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readSheet } from './read-sheet';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: CellValue[][]): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Register');
  rows.forEach((row, index) => {
    if (row.length > 0) sheet.getRow(index + 1).values = row;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('reads a CSV with a BOM, quoted commas and CRLF into trimmed headers and rows', async () => {
    const bytes = utf8('\uFEFFName , ODS code\r\n"Smith, Jones & Co", rxn \r\n');
    expect(await readSheet(bytes, 'partners.csv')).toEqual({ headers: ['Name', 'ODS code'], rows: [['Smith, Jones & Co', 'rxn']] });
  });

  it('reads the first worksheet of an XLSX workbook, formulas as inert text', async () => {
    const bytes = await xlsx([
      ['Name', 'From', 'Weight', 'Note'],
      ['Example Trust', new Date(Date.UTC(2024, 3, 1)), 650, { formula: 'HYPERLINK("http://evil","x")', result: 'x' }],
    ]);
    expect(await readSheet(bytes, 'Register.XLSX')).toEqual({
      headers: ['Name', 'From', 'Weight', 'Note'],
      rows: [['Example Trust', '2024-04-01', '650', '=HYPERLINK("http://evil","x")']],
    });
  });

  it('drops blank rows at the end but keeps those in the middle, so row numbers stay true', async () => {
    const sheet = await readSheet(utf8('Name\nA\n ,\nB\n\n,\n'), 'x.csv');
    expect(sheet.rows).toEqual([['A'], ['', ''], ['B']]);
  });

  it('takes the first non-blank row as the header and says which row it was', async () => {
    const sheet = await readSheet(await xlsx([[], [], ['Name'], ['A']]), 'x.xlsx');
    expect(sheet).toEqual({ headers: ['Name'], rows: [['A']], headerRowNumber: 3 });
  });

  it('drops blank header cells at the end of the header row', async () => {
    expect((await readSheet(utf8('Name,,\nA,,'), 'x.csv')).headers).toEqual(['Name']);
  });

  it.each([
    ['a PDF', 'minutes.pdf', utf8('%PDF-1.7\n')],
    ['a Word document', 'register.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
    ['an old Excel file', 'register.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])],
    ['a file without an extension', 'register', utf8('Name\nA')],
  ])('refuses %s by its name', async (_what, fileName, bytes) => {
    await expect(readSheet(bytes, fileName)).rejects.toThrow(`Upload a CSV or XLSX file; "${fileName}" is neither.`);
  });

  it('advises saving an old .xls file as .xlsx', async () => {
    await expect(readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'register.xls')).rejects.toThrow('save it as .xlsx');
  });

  it('refuses a file whose content does not match its .csv or .xlsx name', async () => {
    await expect(readSheet(utf8('%PDF-1.7\nName'), 'renamed.csv')).rejects.toThrow('Upload a CSV or XLSX file; "renamed.csv" is neither. It is named .csv but holds a binary file');
    await expect(readSheet(await xlsx([['Name'], ['A']]), 'zipped.csv')).rejects.toThrow('"zipped.csv" is neither');
    await expect(readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xlsx')).rejects.toThrow('It is named .xlsx but is not an Excel workbook');
    await expect(readSheet(utf8('Name\nA'), 'text.xlsx')).rejects.toThrow(ImportFileError);
  });

  it('refuses an empty file', async () => {
    await expect(readSheet(new Uint8Array(), 'empty.csv')).rejects.toThrow('"empty.csv" is empty. Its first row must name the columns');
    await expect(readSheet(utf8('\uFEFF\r\n , \r\n'), 'blank.csv')).rejects.toThrow('"blank.csv" is empty');
    await expect(readSheet(await xlsx([]), 'empty.xlsx')).rejects.toThrow('"empty.xlsx" is empty');
  });

  it('refuses a header row with nothing below it', async () => {
    await expect(readSheet(utf8('Name,Kind\r\n'), 'headers.csv')).rejects.toThrow('"headers.csv" has a header row but no rows below it.');
  });

  it('refuses a file over the size limit, giving both sizes', async () => {
    const tooBig = new Uint8Array(MAX_IMPORT_BYTES + 1);
    await expect(readSheet(tooBig, 'huge.csv')).rejects.toThrow('"huge.csv" is 10,485,761 bytes; the largest file you can import is 10,485,760 bytes (10 MB).');
  });

  it('accepts exactly the row limit and refuses one more, giving both counts', async () => {
    const csv = (rows: number) => utf8(`Name\n${'A\n'.repeat(rows)}`);
    expect((await readSheet(csv(MAX_IMPORT_ROWS), 'most.csv')).rows).toHaveLength(50_000);
    await expect(readSheet(csv(MAX_IMPORT_ROWS + 1), 'many.csv')).rejects.toThrow('"many.csv" has 50,001 rows; the most you can import at once is 50,000.');
  });
});
