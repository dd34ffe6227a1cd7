import { demoPaperPdf } from './demo-paper-pdf';

describe('demoPaperPdf', () => {
  const pdf = demoPaperPdf('Board paper (draft)', ['Power is shared fairly — says the paper', 'Page 9']);

  it('is a PDF whose cross-reference table points at each object', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  });

  it('escapes parentheses and keeps to printable ASCII, so every character is one byte', () => {
    expect(pdf).toContain('(Board paper \\(draft\\)) Tj');
    expect(pdf).toContain('(Power is shared fairly - says the paper) Tj');
    expect(/^[\n\x20-\x7e]*$/.test(pdf)).toBe(true);
  });

  it('gives the content stream its length in bytes', () => {
    const [, length, stream] = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf) ?? [];
    expect(Number(length)).toBe(stream.length);
  });
});
