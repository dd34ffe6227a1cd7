import { documentFileProblem, fileToBase64 } from './claim-document';

const MB = 1024 * 1024;

describe('documentFileProblem', () => {
  it('accepts a PDF or an Office document up to 10 MB', () => {
    expect(documentFileProblem({ name: 'Board paper.PDF', size: 10 * MB })).toBeNull();
    expect(documentFileProblem({ name: 'minutes.docx', size: 1 })).toBeNull();
  });

  it('refuses other kinds of file, naming the kinds it takes', () => {
    expect(documentFileProblem({ name: 'minutes.doc', size: 100 })).toBe('The file must be a PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx) document');
  });

  it('refuses a file one byte over 10 MB, and an empty one', () => {
    expect(documentFileProblem({ name: 'paper.pdf', size: 10 * MB + 1 })).toBe('The file must be 10 MB or smaller');
    expect(documentFileProblem({ name: 'paper.pdf', size: 0 })).toBe('The file is empty');
  });

  it('asks for a file when none is chosen', () => {
    expect(documentFileProblem(null)).toBe('Choose a file to attach');
  });
});

describe('fileToBase64', () => {
  it('encodes the bytes as base64', async () => {
    const file = { arrayBuffer: async () => new TextEncoder().encode('%PDF-1.4').buffer } as unknown as Blob;
    expect(await fileToBase64(file)).toBe(btoa('%PDF-1.4'));
  });
});
