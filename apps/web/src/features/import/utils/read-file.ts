import { base64ChunkRanges, base64FromDataUrl, BASE64_CHUNK_BYTES } from './base64';

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A file's content as base64, for sending inside a GraphQL request. The browser encodes it
 * natively, one 768 kB slice at a time, so even a 10 MB file never holds up the page; the
 * slices are multiples of 3 bytes, so their base64 simply joins. Reports bytes read as it goes.
 */
export async function readFileAsBase64(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
  chunkBytes = BASE64_CHUNK_BYTES,
): Promise<string> {
  const parts: string[] = [];
  for (const [start, end] of base64ChunkRanges(file.size, chunkBytes)) {
    parts.push(base64FromDataUrl(await readAsDataUrl(file.slice(start, end))));
    onProgress(end, file.size);
  }
  return parts.join('');
}
