import Papa from 'papaparse';
import { claimsCsv, type ClaimCsvRow } from './claims-csv';

const row: ClaimCsvRow = {
  madeOn: '2026-03-05',
  text: '=Power is shared fairly',
  madeBy: 'Northshire ICB',
  madeByRole: 'Chief executive',
  sourceTitle: 'Board paper, March 2026',
  sourcePage: '12',
  sourceUrl: null,
  from: '2025-03-01',
  to: '2026-02-28',
  practices: ['SHARING_POWER', 'SHARED_DECISIONS'],
  direction: 'fair',
  place: null,
  partners: ['Ashby Carers', 'Brackenford Council'],
  evidenceCount: 2,
  suggestedVerdict: 'contradicted',
  rule: 'At least one figure shows a signal against the claim.',
  status: 'CHANGED',
  latest: { verdict: 'partlySupported', accepted: false, reason: 'Inclusion fell in one place only', reviewer: 'Margaret Okafor', reviewedAt: new Date('2026-03-10T09:30:00Z') },
};

describe('claimsCsv', () => {
  it('writes a row per claim in words, and escapes what a spreadsheet would run', () => {
    const [header, first] = Papa.parse<string[]>(claimsCsv([row]).trim()).data;
    const cell = (name: string) => first[header.indexOf(name)];
    expect(header[0]).toBe('Made on');
    expect(cell('Claim')).toBe("'=Power is shared fairly");
    expect(cell('Practices')).toBe('Sharing power; Shared decision-making');
    expect(cell('Direction')).toBe('Fair');
    expect(cell('Place')).toBe('Whole system');
    expect(cell('Suggested verdict')).toBe('Contradicted');
    expect(cell('Status')).toBe('Evidence changed since review');
    expect(cell('Verdict')).toBe('Partly supported');
    expect(cell('Suggestion accepted')).toBe('no');
    expect(cell('Reviewed at')).toBe('2026-03-10T09:30:00.000Z');
  });

  it('leaves the review columns empty for a claim awaiting review', () => {
    const [header, first] = Papa.parse<string[]>(claimsCsv([{ ...row, latest: null, status: 'AWAITING' }]).trim()).data;
    expect(first[header.indexOf('Verdict')]).toBe('');
    expect(first[header.indexOf('Status')]).toBe('Awaiting review');
  });
});
