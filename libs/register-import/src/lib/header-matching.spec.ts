import { headerKey, matchHeaders } from './header-matching';
import { ImportFileError } from './import-file-error';

describe('headerKey', () => {
  it.each(['ODS code', 'ods code', 'ODS_CODE', 'ods-code', ' OdsCode ', 'ODS code (optional)', 'ODS Code (Optional)', 'odsCode'])('reads "%s" as odscode', (header) => {
    expect(headerKey(header)).toBe('odscode');
  });
});

describe('matchHeaders', () => {
  it('finds each known column by position, ignoring case, spacing and "(optional)"', () => {
    const columns = matchHeaders('organisations', ['NAME', 'ods_code', 'Notes', 'kind', 'Weight (optional)']);
    expect(columns.index('name')).toBe(0);
    expect(columns.index('odsCode')).toBe(1);
    expect(columns.index('kind')).toBe(3);
    expect(columns.index('weight')).toBe(4);
    expect(columns.header('odsCode')).toBe('ods_code');
    expect(columns.header('weight')).toBe('Weight (optional)');
  });

  it('ignores columns it does not know and tells left-out optional columns apart', () => {
    const columns = matchHeaders('places', ['Name', 'Comments']);
    expect(['externalId', 'name', 'localAuthority', 'onsCode'].filter((key) => columns.has(key))).toEqual(['name']);
    expect(columns.has('name')).toBe(true);
    expect(columns.has('onsCode')).toBe(false);
    expect(columns.index('onsCode')).toBeUndefined();
  });

  it('names a missing required column, the columns the file has and those expected', () => {
    expect(() => matchHeaders('organisations', ['A', 'B'])).toThrow(
      new ImportFileError(
        'The file has no "Name" or "Kind" column. Its columns are: A, B. ' +
          'Expected: External ID (optional), Name, ODS code (optional), Kind, Sector (optional), Places (optional), Weight (optional).',
      ),
    );
  });

  it('gives a clear error for a file with no matching header row at all', () => {
    expect(() => matchHeaders('people', ['Example Trust', 'RXN', '', 'Acute trust'])).toThrow(
      'The file has no "Name", "Email", "Organisation" or "Role group" column. Its columns are: Example Trust, RXN, Acute trust.',
    );
    expect(() => matchHeaders('places', [])).toThrow('Its columns are: (none).');
  });

  it('refuses two columns that mean the same thing', () => {
    expect(() => matchHeaders('places', ['Name', 'name (optional)'])).toThrow('The file has two "Name" columns ("Name" and "name (optional)"). Delete one of them.');
  });
});
