import { Workbook } from 'exceljs';
import { minimalOffice, minimalPdf, PNG, zipOf } from '../../test/support/documents';
import { documentTypeOf, nameMatchesKind } from './document-type';

describe('documentTypeOf', () => {
  it('finds a PDF by its header and end-of-file marker', () => {
    expect(documentTypeOf(minimalPdf())).toEqual({ kind: 'pdf', problem: null });
    const truncated = minimalPdf().subarray(0, 40);
    expect(documentTypeOf(truncated).problem).toMatch(/incomplete/);
  });

  it('finds Word, Excel and PowerPoint by the main part their content types declare, deflated or stored', () => {
    expect(documentTypeOf(minimalOffice('docx')).kind).toBe('docx');
    expect(documentTypeOf(minimalOffice('xlsx')).kind).toBe('xlsx');
    expect(documentTypeOf(minimalOffice('pptx', { stored: true })).kind).toBe('pptx');
  });

  it('finds a workbook as Excel itself writes it (by exceljs)', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Evidence').addRow(['Month', 'Inclusion ratio']);
    expect(documentTypeOf(Buffer.from(await workbook.xlsx.writeBuffer())).kind).toBe('xlsx');
  });

  it('refuses an image, whatever it is called, and a ZIP that is not an Office document', () => {
    expect(documentTypeOf(PNG)).toEqual({ kind: null, problem: 'The file’s content is not a PDF, Word, Excel or PowerPoint document, whatever its name says' });
    expect(documentTypeOf(zipOf({ 'readme.txt': 'hello' })).kind).toBeNull();
    expect(documentTypeOf(Buffer.alloc(0)).kind).toBeNull();
  });

  it('refuses a package whose main part is missing, and a macro-enabled one', () => {
    expect(documentTypeOf(minimalOffice('docx', { withoutMainPart: true })).kind).toBeNull();
    expect(documentTypeOf(minimalOffice('docm')).kind).toBeNull();
  });

  it('refuses older Office files with a way out, and a damaged archive', () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(documentTypeOf(cfb).problem).toMatch(/save it as \.docx/);
    const damaged = minimalOffice('docx').subarray(0, 60);
    expect(documentTypeOf(damaged).problem).toMatch(/damaged/);
  });
});

describe('nameMatchesKind', () => {
  it('compares the ending, ignoring case', () => {
    expect(nameMatchesKind('Board paper.PDF', 'pdf')).toBe(true);
    expect(nameMatchesKind('Board paper.pdf', 'docx')).toBe(false);
  });
});
