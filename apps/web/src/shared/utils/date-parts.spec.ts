import { datePartsFrom, readDateParts } from './date-parts';

const LABEL = 'The first day';

describe('readDateParts', () => {
  it('reads a real date, padding day and month', () => {
    expect(readDateParts({ day: '1', month: '4', year: '2024' }, LABEL)).toEqual({ kind: 'date', iso: '2024-04-01' });
    expect(readDateParts({ day: ' 29 ', month: '02', year: '2024' }, LABEL)).toEqual({ kind: 'date', iso: '2024-02-29' });
  });

  it('treats three empty boxes as no date', () => {
    expect(readDateParts({ day: '', month: ' ', year: '' }, LABEL)).toEqual({ kind: 'empty' });
  });

  it('says which parts are missing, pointing at the first', () => {
    expect(readDateParts({ day: '1', month: '', year: '' }, LABEL)).toEqual({
      kind: 'problem',
      part: 'month',
      message: 'The first day must include a month and year',
    });
    expect(readDateParts({ day: '', month: '4', year: '2024' }, LABEL)).toMatchObject({ part: 'day', message: 'The first day must include a day' });
  });

  it('refuses dates that do not exist and years without 4 numbers', () => {
    expect(readDateParts({ day: '29', month: '2', year: '2025' }, LABEL)).toMatchObject({ part: 'day', message: 'The first day must be a real date' });
    expect(readDateParts({ day: '1', month: '13', year: '2025' }, LABEL)).toMatchObject({ part: 'month', message: 'The first day must be a real date' });
    expect(readDateParts({ day: 'x', month: '1', year: '2025' }, LABEL)).toMatchObject({ part: 'day' });
    expect(readDateParts({ day: '1', month: '1', year: '25' }, LABEL)).toMatchObject({
      part: 'year',
      message: 'The first day must include a year with 4 numbers, like 2025',
    });
  });

  it('refuses the year 0000 and years the register cannot mean, as the API does', () => {
    expect(readDateParts({ day: '1', month: '1', year: '0000' }, LABEL)).toMatchObject({ part: 'year', message: 'The first day must be in a year from 1900 to 9999' });
    expect(readDateParts({ day: '31', month: '12', year: '1899' }, LABEL)).toMatchObject({ part: 'year' });
    expect(readDateParts({ day: '1', month: '1', year: '1900' }, LABEL)).toEqual({ kind: 'date', iso: '1900-01-01' });
  });
});

describe('datePartsFrom', () => {
  it('splits a yyyy-mm-dd day into boxes, and leaves them empty for no day', () => {
    expect(datePartsFrom('2024-04-01')).toEqual({ day: '1', month: '4', year: '2024' });
    expect(datePartsFrom(null)).toEqual({ day: '', month: '', year: '' });
    expect(datePartsFrom('April')).toEqual({ day: '', month: '', year: '' });
  });
});
