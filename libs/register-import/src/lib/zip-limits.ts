import { inflateRawSync } from 'node:zlib';
import { ImportFileError } from './import-file-error';

/** An XLSX is a zip of XML parts; a real register workbook has a few dozen, and 50,000 rows inflate to well under this. */
export const MAX_XLSX_ENTRIES = 1000;
export const MAX_XLSX_INFLATED_BYTES = 50 * 1024 * 1024;
/** Spreadsheet XML compresses about 5 to 20 times; a file that inflates 100 times over is built to exhaust memory. */
export const MAX_XLSX_INFLATION_RATIO = 100;
/** Small files may inflate further (a workbook's fixed parts weigh more than its few rows), up to this much. */
const SMALL_FILE_ALLOWANCE = 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

const unreadable = (fileName: string) =>
  new ImportFileError(`"${fileName}" could not be read as an Excel workbook. Open it in Excel, save it as .xlsx or as CSV UTF-8, and upload it again.`);

/**
 * Refuses a workbook that would inflate past the limits before any XML parser sees it. Sizes in zip headers are
 * only claims, so every part is actually inflated here, with zlib told to stop at what the budget has left.
 */
export function checkZipLimits(bytes: Uint8Array, fileName: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw unreadable(fileName);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries > MAX_XLSX_ENTRIES) {
    throw new ImportFileError(`"${fileName}" holds ${entries} parts; an Excel workbook holds far fewer than ${MAX_XLSX_ENTRIES}. Save it again from Excel, or as CSV UTF-8.`);
  }
  const budget = Math.min(MAX_XLSX_INFLATED_BYTES, Math.max(SMALL_FILE_ALLOWANCE, bytes.byteLength * MAX_XLSX_INFLATION_RATIO));
  const tooLarge = new ImportFileError(
    `"${fileName}" unpacks to more than ${Math.round(budget / 1024 / 1024)} MB, far more than a register of this size needs. Save it again from Excel, or as CSV UTF-8.`,
  );
  let inflated = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) throw unreadable(fileName);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const local = view.getUint32(offset + 42, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_FILE_HEADER) throw unreadable(fileName);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > view.byteLength) throw unreadable(fileName);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    inflated += method === 0 ? data.byteLength : inflatedSize(data, budget - inflated, tooLarge, fileName);
    if (inflated > budget) throw tooLarge;
  }
}

function inflatedSize(data: Uint8Array, remaining: number, tooLarge: ImportFileError, fileName: string): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, remaining + 1) }).byteLength;
  } catch (error) {
    throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge : unreadable(fileName);
  }
}

/** The end-of-central-directory record sits in the last 22 bytes, or before a comment of up to 65,535 bytes. */
function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
