import { inflateRawSync } from 'node:zlib';

/** The kinds of document a claim may carry, each told by its content. */
export const DOCUMENT_KINDS = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word document' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel workbook' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', label: 'PowerPoint presentation' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/**
 * The content type an Office Open XML package declares for its main part, by kind. Macro-enabled files (.docm,
 * .xlsm, .pptm) and templates declare others, so they are not taken for documents.
 */
const MAIN_PART_TYPES: Record<Exclude<DocumentKind, 'pdf'>, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
};

const NOT_A_DOCUMENT = 'The file’s content is not a PDF, Word, Excel or PowerPoint document, whatever its name says';
/** Compound File Binary: the container of Office 97–2003 files (.doc, .xls, .ppt). */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** [Content_Types].xml lists a few dozen parts; anything far larger is not an Office file's (or is a zip bomb). */
const CONTENT_TYPES_MAX_BYTES = 1024 * 1024;

export type DocumentTypeResult = { kind: DocumentKind; problem: null } | { kind: null; problem: string };

/**
 * What a file is, from its bytes alone: a PDF (it starts with `%PDF-` and ends, within its last 1,024 bytes, with
 * `%%EOF`, so a truncated upload is caught), or an Office Open XML document (a ZIP whose `[Content_Types].xml`
 * declares a Word, Excel or PowerPoint main part, and which holds that part). Older Office files are refused with
 * a way out: their container cannot be told apart from others' without parsing it, and they carry macros freely.
 */
export function documentTypeOf(content: Buffer): DocumentTypeResult {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') {
    return content.subarray(-1024).toString('latin1').includes('%%EOF') ? found('pdf') : refused('The PDF is incomplete (it has no end-of-file marker): upload it again');
  }
  if (content.subarray(0, 8).equals(CFB_SIGNATURE)) {
    return refused('Older Office files (.doc, .xls, .ppt) are not accepted: save it as .docx, .xlsx or .pptx, or as PDF, and upload that');
  }
  if (content.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return officeKindOf(content);
  return refused(NOT_A_DOCUMENT);
}

/** Whether a file name ends with the extension of the kind its content was found to be. */
export function nameMatchesKind(fileName: string, kind: DocumentKind): boolean {
  return fileName.trim().toLowerCase().endsWith(`.${DOCUMENT_KINDS[kind].extension}`);
}

const found = (kind: DocumentKind): DocumentTypeResult => ({ kind, problem: null });
const refused = (problem: string): DocumentTypeResult => ({ kind: null, problem });

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

function officeKindOf(zip: Buffer): DocumentTypeResult {
  const entries = centralDirectory(zip);
  if (!entries) return refused('The file is a damaged or unusual ZIP archive, not an Office document');
  const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
  const xml = contentTypes ? entryText(zip, contentTypes) : null;
  if (xml === null) return refused(NOT_A_DOCUMENT);
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  for (const [, attributes] of xml.matchAll(/<Override\b([^>]*)>/g)) {
    const partName = /\bPartName\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const contentType = /\bContentType\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const kind = (Object.keys(MAIN_PART_TYPES) as (keyof typeof MAIN_PART_TYPES)[]).find((k) => MAIN_PART_TYPES[k] === contentType);
    // Part names are case-insensitive (Open Packaging Conventions) and start with '/', which ZIP entry names do not.
    if (kind && partName && names.has(partName.replace(/^\//, '').toLowerCase())) return found(kind);
  }
  return refused(NOT_A_DOCUMENT);
}

/**
 * The entries listed in a ZIP's central directory (from the end-of-central-directory record), or null when the
 * archive is damaged, split or ZIP64 (which no 10 MB Office file needs).
 */
function centralDirectory(zip: Buffer): ZipEntry[] | null {
  const end = endOfCentralDirectory(zip);
  if (end === null) return null;
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || count === 0xffff || offset === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (next > end) return null;
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 bytes, or up to 65,535 more when the archive has a comment. */
function endOfCentralDirectory(zip: Buffer): number | null {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at;
  }
  return null;
}

/** An entry's content as text, stored or deflated, if it is small enough to be what it says it is. */
function entryText(zip: Buffer, entry: ZipEntry): string | null {
  const at = entry.localHeaderOffset;
  if (entry.uncompressedSize > CONTENT_TYPES_MAX_BYTES || at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: CONTENT_TYPES_MAX_BYTES }).toString('utf8');
  } catch {
    // A deflate stream that is damaged, or inflates beyond the limit, is not an Office file's content types.
  }
  return null;
}
