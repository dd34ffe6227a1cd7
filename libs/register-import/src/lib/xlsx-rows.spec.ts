import { type Cell, ValueType, Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';
import { cellText, xlsxRows } from './xlsx-rows';

async function xlsx(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('xlsxRows', () => {
  it('reads every kind of cell as the text an administrator typed', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Register');
      sheet.addRow(['Name', 'From', 'Weight', 'Link', 'Voting', 'Rich', 'Site']);
      sheet.addRow([
        'Example Trust',
        new Date(Date.UTC(2024, 2, 1)),
        1234.5,
        { formula: 'HYPERLINK("http://evil","x")', result: 'x' },
        true,
        { richText: [{ text: 'Bold ' }, { text: 'claim', font: { bold: true } }] },
        { text: 'our site', hyperlink: 'https://example.org' },
      ]);
    });
    expect(await xlsxRows(bytes, 'x.xlsx')).toEqual([
      ['Name', 'From', 'Weight', 'Link', 'Voting', 'Rich', 'Site'],
      ['Example Trust', '2024-03-01', '1234.5', '=HYPERLINK("http://evil","x")', 'true', 'Bold claim', 'our site'],
    ]);
  });

  it('reads a formula as its text, never its cached result, even when shared down a column', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Register');
      sheet.fillFormula('A1:A2', 'B1*2', [4, 6]);
    });
    expect(await xlsxRows(bytes, 'x.xlsx')).toEqual([['=B1*2'], ['=B2*2']]);
  });

  it('keeps empty rows and cells as blanks so row and column positions match Excel', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Register');
      sheet.getCell('A1').value = 'Name';
      sheet.getCell('C1').value = 'Kind';
      sheet.getCell('A3').value = 'After a gap';
    });
    expect(await xlsxRows(bytes, 'x.xlsx')).toEqual([['Name', '', 'Kind'], [], ['After a gap']]);
  });

  it('repeats a merged cell in every row it spans', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Register');
      sheet.getCell('A1').value = 'Forum';
      sheet.getCell('A2').value = 'Place board';
      sheet.mergeCells('A2:A3');
    });
    expect(await xlsxRows(bytes, 'x.xlsx')).toEqual([['Forum'], ['Place board'], ['Place board']]);
  });

  it('reads only the first worksheet', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet('Register').addRow(['first']);
      workbook.addWorksheet('Notes').addRow(['second']);
    });
    expect(await xlsxRows(bytes, 'x.xlsx')).toEqual([['first']]);
  });

  it('refuses a zip that is not a workbook', async () => {
    const notAWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    await expect(xlsxRows(notAWorkbook, 'broken.xlsx')).rejects.toThrow(ImportFileError);
    await expect(xlsxRows(notAWorkbook, 'broken.xlsx')).rejects.toThrow('"broken.xlsx" could not be read as an Excel workbook');
  });
});

describe('cellText', () => {
  const cell = (type: ValueType, value: unknown, extra: Partial<Cell> = {}) => ({ type, value, ...extra }) as unknown as Cell;

  it('reads error cells as the error Excel shows', () => {
    expect(cellText(cell(ValueType.Error, { error: '#N/A' }))).toBe('#N/A');
  });

  it('reads false, zero and empty cells', () => {
    expect(cellText(cell(ValueType.Boolean, false))).toBe('false');
    expect(cellText(cell(ValueType.Number, 0))).toBe('0');
    expect(cellText(cell(ValueType.Null, null))).toBe('');
  });

  it('reads a hyperlink whose text is rich text', () => {
    expect(cellText(cell(ValueType.Hyperlink, { text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'https://example.org' }))).toBe('ab');
  });
});
