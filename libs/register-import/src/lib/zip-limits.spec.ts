import { Workbook } from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { ImportFileError } from './import-file-error';
import { readSheet } from './read-sheet';
import { checkZipLimits, MAX_XLSX_ENTRIES } from './zip-limits';

/** A zip header of `length` bytes with, at each offset, a little-endian number of 2 or 4 bytes. */
function header(length: number, fields: [offset: number, bytes: 2 | 4, value: number][]): Buffer {
  const buffer = Buffer.alloc(length);
  for (const [offset, bytes, value] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  }
  return buffer;
}

/** A zip as an attacker would build it by hand: each part deflated, its size in the headers as `claimedSize` says. */
function zip(parts: { name: string; content: Buffer; claimedSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, claimedSize } of parts) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const size = claimedSize ?? content.length;
    const local = header(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], [18, 4, data.length], [22, 4, size], [26, 2, nameBytes.length]]);
    const central = header(46, [[0, 4, 0x02014b50], [6, 2, 20], [10, 2, 8], [20, 4, data.length], [24, 4, size], [28, 2, nameBytes.length], [42, 4, offset]]);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(22, [[0, 4, 0x06054b50], [8, 2, parts.length], [10, 2, parts.length], [12, 4, directory.length], [16, 4, offset]]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const refusal = (bytes: Uint8Array) => {
  try {
    checkZipLimits(bytes, 'bomb.xlsx');
  } catch (error) {
    return error;
  }
  return null;
};

describe('checkZipLimits', () => {
  it('lets a real workbook through', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['Name', 'ODS code']);
    for (let i = 0; i < 2000; i++) sheet.addRow([`Partner ${i}`, `R${String(i).padStart(4, '0')}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(() => checkZipLimits(bytes, 'register.xlsx')).not.toThrow();
  });

  it('refuses a 20 KB file that inflates to 20 MB, before any parser sees it', () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024, 0x20) }]);
    expect(bomb.byteLength).toBeLessThan(25 * 1024);
    const error = refusal(bomb);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/^"bomb.xlsx" unpacks to more than 2 MB/);
  });

  it('believes no size a header claims: a part claiming 1 KB that inflates to 20 MB is refused', () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024, 0x20), claimedSize: 1024 }]);
    expect(refusal(liar)).toBeInstanceOf(ImportFileError);
  });

  it('refuses a zip of more parts than any workbook has', () => {
    const parts = Array.from({ length: MAX_XLSX_ENTRIES + 1 }, (_, i) => ({ name: `p${i}.xml`, content: Buffer.from('<x/>') }));
    expect((refusal(zip(parts)) as Error).message).toMatch(/holds 1001 parts/);
  });

  it('refuses what is not a zip at all as an unreadable workbook', () => {
    expect((refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) as Error).message).toMatch(/could not be read as an Excel workbook/);
  });

  it('is checked by readSheet, so an import of a bomb is a file error', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024, 0x20) }]);
    await expect(readSheet(bomb, 'bomb.xlsx')).rejects.toThrow(/unpacks to more than/);
  });
});
