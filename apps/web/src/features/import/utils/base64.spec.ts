import { base64ChunkRanges, base64FromDataUrl } from './base64';
import { readFileAsBase64 } from './read-file';

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 17 + (i >> 3)) % 256);
const expected = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('base64ChunkRanges', () => {
  it('cuts a file into ranges of whole 3-byte groups, the last one shorter', () => {
    expect(base64ChunkRanges(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(base64ChunkRanges(6, 6)).toEqual([[0, 6]]);
    expect(base64ChunkRanges(0, 6)).toEqual([]);
  });

  it('refuses chunk sizes that would put padding inside the result', () => {
    expect(() => base64ChunkRanges(10, 4)).toThrow(/multiple of 3/);
  });
});

describe('base64FromDataUrl', () => {
  it('takes the base64 after the comma, and refuses anything else', () => {
    expect(base64FromDataUrl('data:text/csv;base64,QUJD')).toBe('QUJD');
    expect(base64FromDataUrl('data:application/octet-stream;base64,')).toBe('');
    expect(() => base64FromDataUrl('data:text/plain,ABC')).toThrow();
  });
});

describe('readFileAsBase64', () => {
  it('matches one-shot base64 at every padding and chunk boundary', async () => {
    for (const length of [1, 2, 3, 4, 5, 6, 7, 17, 18, 19]) {
      for (const chunkBytes of [3, 6, 9]) {
        const bytes = bytesOf(length);
        expect(await readFileAsBase64(new Blob([bytes]), () => undefined, chunkBytes)).toBe(expected(bytes));
      }
    }
  });

  it('encodes every byte value and UTF-8 text, reporting progress up to the whole file', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const progress: number[] = [];
    expect(await readFileAsBase64(new Blob([all]), (loaded) => progress.push(loaded), 99)).toBe(expected(all));
    expect(progress).toEqual([99, 198, 256]);
    const csv = 'Name,Places\nSaint Côme Hospice,Ashby\n';
    expect(await readFileAsBase64(new File([csv], 'x.csv', { type: 'text/csv' }), () => undefined)).toBe(Buffer.from(csv).toString('base64'));
  });
});
