import Papa from 'papaparse';
import { reviewCsv, reviewCsvName, reviewCsvRows } from './review-csv';
import { missingReviewFixture, reviewFixture } from './review-fixtures';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true }).data;

describe('the review CSV', () => {
  it('has one column each for section, figure, month, value, n, CI, variation and line', () => {
    const [header] = reviewCsv(reviewFixture()).split('\r\n');
    expect(header).toBe('Section,Figure,Month,Value,n,CI,Variation,Line');
  });

  it("gives each practice's month as the page shows it, with its line", () => {
    const rows = parse(reviewCsv(reviewFixture()));
    expect(rows).toContainEqual({
      Section: 'Practice scores',
      Figure: 'Sharing power',
      Month: '2026-10',
      Value: '2.60',
      n: '12',
      CI: '2.35 to 2.85',
      Variation: 'Special cause concern (low)',
      Line: 'Sharing power: down 0.90 since September 2026 — special cause concern, third month below the mean',
    });
    // Every month of each sparkline's data table: 6 practices × 3 months.
    expect(rows.filter((row) => row.Section === 'Practice scores')).toHaveLength(18);
  });

  it('keeps a hidden month with its reason and no figures', () => {
    const hidden = parse(reviewCsv(reviewFixture())).find((row) => row.Figure === 'Surfacing and managing conflict' && row.Month === '2026-08');
    expect(hidden).toMatchObject({ Value: '', n: '', CI: '', Variation: '', Line: 'Fewer than 5 responses' });
  });

  it('labels each change with its reading, noise as noise', () => {
    const changes = parse(reviewCsv(reviewFixture())).filter((row) => row.Section === 'What changed and is it real');
    expect(changes.map((row) => [row.Figure, row.Value, row.Variation])).toEqual([
      ['Sharing power', '2.60', 'special cause concern'],
      ['Inclusion ratio', '72.0%', 'common cause: noise, not a change to act on'],
      ['Density', '0.210', 'no SPC reading: compared with the month before only'],
    ]);
    expect(changes[0].Line).toBe('Sharing power: down 0.90 since September 2026 — special cause concern, third month below the mean');
  });

  it('counts the network, power, claims and actions', () => {
    const rows = reviewCsvRows(reviewFixture());
    const value = (figure: string) => rows.find((row) => row.Figure === figure)?.Value;
    expect(value('Ties')).toBe('120');
    expect(value('Weak links: One-sided tie')).toBe('6');
    expect(value('New isolate: Riverside Food Bank')).toBe('0 ties');
    expect(rows.find((row) => row.Figure === 'Broken bridge: Northshire Mind – Brackenford PCN')).toBeDefined();
    expect(rows.find((row) => row.Section === 'Power sharing' && row.Figure === 'Inclusion ratio' && row.Month === '2026-10')).toMatchObject({ Value: '72.0%', Variation: 'Common cause variation' });
    expect(rows.find((row) => row.Figure === 'Too cosy? warning')).toMatchObject({ Value: 'On', Line: 'No dissent recorded for 6 months in a row' });
    expect(value('Claims awaiting review')).toBe('1');
    expect(rows.find((row) => row.Figure === 'Action 1')).toMatchObject({ Value: 'Sharing power: 2.60', Line: 'Discuss sharing power: it fell to 2.60 in October 2026, a special-cause concern.' });
  });

  it('says why each missing section is missing', () => {
    const missing = parse(reviewCsv(missingReviewFixture())).filter((row) => row.Figure === 'Not shown');
    expect(missing.map((row) => [row.Section, row.Line])).toEqual([
      ['Practice scores', 'The survey round for November 2026 is still open: its figures are shown when it closes'],
      ['What changed and is it real', 'No figures for November 2026 to compare'],
      ['Network snapshot', 'No survey round closed for November 2026'],
      ['Power sharing', 'No decisions recorded in November 2026'],
      ['Claims', "Claims are not shown to place leads: their evidence may be other places' figures"],
      ['Suggested actions', 'No figures or claims for November 2026 to suggest actions from'],
    ]);
  });

  it('escapes text a spreadsheet would run as a formula', () => {
    const review = reviewFixture();
    const claims = { ...review.claims, awaitingReview: [{ ...review.claims.awaitingReview[0], text: '=HYPERLINK("x")' }] };
    expect(reviewCsv({ ...review, claims })).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('is named by month and place', () => {
    expect(reviewCsvName(reviewFixture())).toBe('monthly-review-2026-10.csv');
    expect(reviewCsvName(reviewFixture({ placeName: 'Ashby & District' }))).toBe('monthly-review-2026-10-ashby-district.csv');
  });
});
