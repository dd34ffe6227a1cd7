/** Bytes per chunk: a multiple of 3, so each chunk's base64 has no padding and the chunks simply join. */
export const BASE64_CHUNK_BYTES = 3 * 256 * 1024;

/**
 * The [start, end) byte ranges to encode one at a time: every range but the last is `chunkBytes`
 * long, a multiple of 3, so the base64 of the ranges, joined, is the base64 of the whole.
 */
export function base64ChunkRanges(size: number, chunkBytes = BASE64_CHUNK_BYTES): [number, number][] {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new Error('chunkBytes must be a positive multiple of 3');
  const ranges: [number, number][] = [];
  for (let start = 0; start < size; start += chunkBytes) ranges.push([start, Math.min(size, start + chunkBytes)]);
  return ranges;
}

/** The base64 part of a data: URL, as FileReader.readAsDataURL gives it ("data:text/csv;base64,QUJD" → "QUJD"). */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('Not a base64 data: URL');
  }
  return dataUrl.slice(comma + 1);
}
