import Papa from 'papaparse';
import type { PracticeScorePoint } from './score-format';
import { scorePoint, scoreRebase, scoreSeries } from './score-fixtures';
import { practiceScoresCsv, practiceScoresCsvName } from './score-csv';

const reason = 'Fewer than 5 responses: hidden to protect respondents';

const shown = scorePoint('2026-10', { rules: ['shift'], variation: 'improvement' });
// The API sends no figures for a hidden month; a stray one must still not reach the file.
const hidden: PracticeScorePoint = { ...shown, month: '2026-11', suppressed: true, suppressionReason: reason, n: 3, mean: 2.1, confidenceLower: 1.5, confidenceUpper: 2.7 };

const series = (name: string) => scoreSeries([shown, hidden], { name, shortHelp: '', latestVariation: 'improvement' });

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true }).data;

describe('practiceScoresCsv', () => {
  it('gives one row per practice and month with every figure of a shown month', () => {
    const rows = rowsOf(practiceScoresCsv([series('Sharing power'), series('Shared purpose')]));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Measure: 'Sharing power', Month: '2026-10', n: '12', Mean: '3.42', '95% CI lower': '2.90', '95% CI upper': '3.93', 'Lower limit': '2.75', 'Upper limit': '3.85', 'Not shown because': '' });
    expect(rows[0]['Rules']).not.toBe('');
    expect(rows[0]['Variation']).not.toBe('');
  });

  it("leaves a hidden month's own figures empty and says why", () => {
    const [, month] = rowsOf(practiceScoresCsv([series('Sharing power')]));
    expect(month).toMatchObject({ Month: '2026-11', n: '', Mean: '', '95% CI lower': '', '95% CI upper': '', Rules: '', Variation: '', 'Not shown because': reason });
  });

  it("names each month's period, and gives a rebase's reason at its month, so the split limits read true", () => {
    const rebased = scoreSeries([scorePoint('2026-09'), shown, hidden], { rebases: [scoreRebase('2026-10', { reason: '=Outcomes framework agreed' })] });
    const rows = rowsOf(practiceScoresCsv([rebased]));
    expect(rows.map((r) => r['Period from'])).toEqual(['2026-09', '2026-10', '2026-10']);
    expect(rows.map((r) => r['Rebase reason'])).toEqual(['', "'=Outcomes framework agreed", '']);
  });

  it('keeps text a spreadsheet would run as a formula inert', () => {
    const [row] = rowsOf(practiceScoresCsv([series('=HYPERLINK("http://x")')]));
    expect(row['Measure']).toBe('\'=HYPERLINK("http://x")');
  });

  it('names the file by the last month', () => {
    expect(practiceScoresCsvName([series('Sharing power')])).toBe('practice-scores-to-2026-11.csv');
  });
});
