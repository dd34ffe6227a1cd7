import {
  listedChangesNote,
  byteProgressText,
  estimatedTotalRows,
  importKindsFor,
  importOrderHint,
  importResultText,
  listedProblemsNote,
  previewSummaryText,
  problemsHeading,
  rowProgressText,
  rowsText,
} from './import-wording';

describe('previewSummaryText and importResultText', () => {
  it('sum up what checking found and what importing did', () => {
    expect(previewSummaryText({ rowCount: 500, create: 12, update: 3, unchanged: 485 })).toBe('500 rows: 12 new, 3 changed, 485 unchanged');
    expect(previewSummaryText({ rowCount: 1, create: 1, update: 0, unchanged: 0 })).toBe('1 row: 1 new, 0 changed, 0 unchanged');
    expect(importResultText({ created: 12, updated: 3, unchanged: 1485 })).toBe('Imported: 12 added, 3 changed, 1,485 unchanged');
  });

  it('counts rows with thousands separators', () => {
    expect(rowsText(20000)).toBe('20,000 rows');
  });
});

describe('problemsHeading and listedProblemsNote', () => {
  it('agrees with the number of problems', () => {
    expect(problemsHeading(1)).toBe('There is 1 problem in the file');
    expect(problemsHeading(2)).toBe('There are 2 problems in the file');
    expect(problemsHeading(1234)).toBe('There are 1,234 problems in the file');
  });

  it('says when only some problems are listed', () => {
    expect(listedProblemsNote(1000, 1234)).toBe('The first 1,000 of 1,234 problems are listed.');
    expect(listedProblemsNote(2, 2)).toBeNull();
  });

  it('says when only some changed rows are listed', () => {
    expect(listedChangesNote(1000, 1234)).toBe('The first 1,000 of 1,234 changed rows are listed.');
    expect(listedChangesNote(2, 2)).toBeNull();
  });
});

describe('progress text', () => {
  it('gives rows read against the estimate', () => {
    expect(rowProgressText(12000, 20000)).toBe('Read 12,000 of about 20,000 rows');
    expect(rowProgressText(50, null)).toBe('Read 50 rows');
  });

  it('gives bytes read in MB for large files and kB for small ones', () => {
    expect(byteProgressText(4.2 * 1024 * 1024, 8 * 1024 * 1024)).toBe('Read 4.2 of 8.0 MB');
    expect(byteProgressText(512, 2048)).toBe('Read 0.5 of 2.0 kB');
  });
});

describe('estimatedTotalRows', () => {
  it('scales rows read by the share of the file read, to 2 significant figures', () => {
    // 1,200 rows in the first 60,000 characters of a 1,000,000-byte file: about 20,000 rows.
    expect(estimatedTotalRows(1200, 60_000, 1_000_000)).toBe(20_000);
    expect(estimatedTotalRows(7, 700, 1234)).toBe(12);
  });

  it('never guesses fewer rows than were read, and has no guess before reading', () => {
    expect(estimatedTotalRows(100, 1000, 900)).toBe(100);
    expect(estimatedTotalRows(0, 0, 1000)).toBeNull();
  });
});

describe('importKindsFor', () => {
  it('offers administrators every kind, leaders and place leads decisions only, and other roles nothing', () => {
    expect(importKindsFor('ADMIN')).toEqual(['places', 'organisations', 'forums', 'people', 'decisions']);
    expect(importKindsFor('LEADER')).toEqual(['decisions']);
    expect(importKindsFor('PLACE_LEAD')).toEqual(['decisions']);
    expect(importKindsFor('NON_EXECUTIVE')).toEqual([]);
    expect(importKindsFor('VIEWER')).toEqual([]);
  });

  it('explains the order of imports only to those who import more than one kind', () => {
    expect(importOrderHint(importKindsFor('ADMIN'))).toMatch(/forums before decisions/);
    expect(importOrderHint(['decisions'])).toBe('Each row names a forum and partners already in the register.');
  });
});
