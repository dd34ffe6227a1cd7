import { csvRows } from './csv-rows';
import { ImportFileError } from './import-file-error';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('csvRows', () => {
  it('reads quoted commas, doubled quotes and CRLF line ends', () => {
    expect(csvRows(utf8('Name,Kind\r\n"Smith, Jones & Co","Say ""hi"""\r\n'), 'x.csv')).toEqual([['Name', 'Kind'], ['Smith, Jones & Co', 'Say "hi"'], ['']]);
  });

  it('strips a byte-order mark, as Excel writes at the start of "CSV UTF-8"', () => {
    expect(csvRows(utf8('\uFEFFName\nA'), 'x.csv')).toEqual([['Name'], ['A']]);
  });

  it('keeps blank lines so that later records keep their row numbers', () => {
    expect(csvRows(utf8('Name\nA\n\nB'), 'x.csv')).toEqual([['Name'], ['A'], [''], ['B']]);
  });

  it('keeps a line break inside a quoted cell within its record', () => {
    expect(csvRows(utf8('Name,Note\nA,"two\nlines"\nB,x'), 'x.csv')).toEqual([['Name', 'Note'], ['A', 'two\nlines'], ['B', 'x']]);
  });

  it('detects semicolon-separated files, as Excel writes them in some locales', () => {
    expect(csvRows(utf8('Name;Kind\nA;Hospice'), 'x.csv')).toEqual([['Name', 'Kind'], ['A', 'Hospice']]);
  });

  it('reads non-ASCII text', () => {
    expect(csvRows(utf8('Name\nSt Aidan’s Hospice £'), 'x.csv')).toEqual([['Name'], ['St Aidan’s Hospice £']]);
  });

  it('refuses text that is not UTF-8 and says how to save it', () => {
    const windows1252 = new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xa3, 0x35]); // "Name\n£5" in Windows-1252
    expect(() => csvRows(windows1252, 'old.csv')).toThrow(ImportFileError);
    expect(() => csvRows(windows1252, 'old.csv')).toThrow('"old.csv" is not UTF-8 text. In Excel choose Save As and "CSV UTF-8 (Comma delimited)"');
  });

  it('refuses binary data that happens to be valid UTF-8', () => {
    expect(() => csvRows(new Uint8Array([0x41, 0x00, 0x42]), 'x.csv')).toThrow('Upload a CSV or XLSX file; "x.csv" is neither');
  });

  it('refuses a quote that is never closed, naming the row it starts on', () => {
    expect(() => csvRows(utf8('Name\nA\n"B, never closed\nC'), 'x.csv')).toThrow('"x.csv" has a broken quoted cell on row 3');
  });
});
