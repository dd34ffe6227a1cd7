import { CLAIM_DOCUMENT_MAX_BYTES } from '@stewardship/domain';

/** The endings the API accepts; it then checks the content itself, whatever the name says. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.pptx'] as const;
export const DOCUMENT_ACCEPT = DOCUMENT_EXTENSIONS.join(',');
export const DOCUMENT_MAX_MB = CLAIM_DOCUMENT_MAX_BYTES / (1024 * 1024);

/**
 * What is wrong with a file before it is sent, or null: no file, the wrong kind (by its name; the server checks its
 * content), empty or larger than 10 MB.
 */
export function documentFileProblem(file: { name: string; size: number } | null | undefined): string | null {
  if (!file) return 'Choose a file to attach';
  const name = file.name.toLowerCase();
  if (!DOCUMENT_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return 'The file must be a PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx) document';
  }
  if (file.size === 0) return 'The file is empty';
  if (file.size > CLAIM_DOCUMENT_MAX_BYTES) return `The file must be ${DOCUMENT_MAX_MB} MB or smaller`;
  return null;
}

/** A file's bytes as base64, as ClaimDocumentInput.contentBase64 expects. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
