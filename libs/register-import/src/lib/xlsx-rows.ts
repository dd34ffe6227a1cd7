import { type Cell, type CellRichTextValue, ValueType, Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';
import { checkZipLimits } from './zip-limits';

const joinRichText = (value: CellRichTextValue) => value.richText.map((run) => run.text).join('');

/**
 * A cell as the text an administrator sees typed in it. A formula comes back as its formula, never its cached
 * result, so that it stays inert text in the register; dates become yyyy-mm-dd.
 */
export function cellText(cell: Cell): string {
  // Every cell of a merged area reads as its top-left cell, so a forum name merged down its seat rows repeats.
  const source = cell.type === ValueType.Merge ? cell.master : cell;
  const value = source.value;
  switch (source.type) {
    case ValueType.Null:
      return '';
    case ValueType.Formula:
      return `=${source.formula}`;
    case ValueType.Date:
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : '';
    case ValueType.Boolean:
      return value ? 'true' : 'false';
    case ValueType.RichText:
      return joinRichText(value as CellRichTextValue);
    case ValueType.Hyperlink: {
      const text = (value as { text?: unknown }).text;
      if (typeof text === 'string') return text;
      return text && typeof text === 'object' && 'richText' in text ? joinRichText(text as CellRichTextValue) : '';
    }
    case ValueType.Error:
      return (value as { error: string }).error;
    default:
      return String(value);
  }
}

/** Every row of the first worksheet as cell texts, with empty rows and cells as blanks so row numbers match Excel's. */
export async function xlsxRows(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  checkZipLimits(bytes, fileName);
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer) but passes the bytes straight to JSZip, which reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(`"${fileName}" could not be read as an Excel workbook. Open it in Excel, save it as .xlsx or as CSV UTF-8, and upload it again.`);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) {
    throw new ImportFileError(`"${fileName}" has no worksheets.`);
  }
  const rows: string[][] = [];
  for (let number = 1; number <= worksheet.rowCount; number++) {
    const cells: string[] = [];
    worksheet.findRow(number)?.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows.push(Array.from(cells, (text) => text ?? ''));
  }
  return rows;
}
