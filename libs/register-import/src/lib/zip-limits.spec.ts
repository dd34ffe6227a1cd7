import { Workbook } from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { ImportFileError } from './import-file-error';
import { readSheet } from './read-sheet';
import { checkZipLimits, MAX_XLSX_ENTRIES } from './zip-limits';

/** A zip as an attacker would build it by hand: each part deflated, sizes in the headers as `claim` says. */
function zip(parts: { name: string; content: Buffer; claimedSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, claimedSize } of parts) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimedSize ?? content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimedSize ?? content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
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
