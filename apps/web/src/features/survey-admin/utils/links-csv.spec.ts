import { csvCell, invitationLinksCsv, linksFileName } from './links-csv';

describe('the links CSV', () => {
  it('quotes cells only when it must', () => {
    expect(csvCell('Ada Okafor')).toBe('Ada Okafor');
    expect(csvCell('Council, Ashby')).toBe('"Council, Ashby"');
    expect(csvCell('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('has a header and one line per person', () => {
    expect(
      invitationLinksCsv([
        { name: 'Ada Okafor', email: 'ada@ashby.example', organisation: 'Ashby Borough Council', url: 'https://stewardship.example/survey/abc' },
      ]),
    ).toBe('Name,Email,Organisation,Link\r\nAda Okafor,ada@ashby.example,Ashby Borough Council,https://stewardship.example/survey/abc\r\n');
    expect(linksFileName('2026-11')).toBe('survey-links-2026-11.csv');
  });
});
