import { dateTimeProblem, isIsoDate, isoDateProblem, isoDateTimeProblem, isoMonthProblem } from './dates';

describe('isIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isIsoDate('2026-11-30')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) expect(isIsoDate(bad)).toBe(false);
  });

  it('refuses the year 0000 and years PostgreSQL or a register cannot mean', () => {
    for (const bad of ['0000-01-01', '0001-01-01', '1899-12-31', '+10000-01-01']) expect(isIsoDate(bad)).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });

  it('refuses other shapes', () => {
    for (const bad of ['', '2026-1-01', '01/02/2026', '2026-11-30T00:00:00Z', ' 2026-11-30']) expect(isIsoDate(bad)).toBe(false);
  });
});

describe('isoDateProblem', () => {
  it('says what to enter', () => {
    expect(isoDateProblem('2026-11-30', 'the first day')).toBeNull();
    expect(isoDateProblem('2026-02-30', 'the first day')).toBe('Enter the first day as a real date, yyyy-mm-dd, from 1900 to 9999');
  });
});

describe('isoMonthProblem', () => {
  it('accepts yyyy-mm and nothing else', () => {
    expect(isoMonthProblem('2026-11')).toBeNull();
    for (const bad of ['2026-13', '2026-1', '0000-01', '2026-11-01']) expect(isoMonthProblem(bad)).toBe('Enter the month as yyyy-mm, for example 2026-11');
  });
});

describe('dateTimeProblem', () => {
  it('accepts a real moment and refuses year 0 or an invalid date', () => {
    expect(dateTimeProblem(new Date('2026-11-01T09:00:00Z'), 'Opening time')).toBeNull();
    const message = 'Opening time must be a real date and time from 1900 to 9999';
    expect(dateTimeProblem(new Date('0000-01-01T00:00:00Z'), 'Opening time')).toBe(message);
    expect(dateTimeProblem(new Date('nonsense'), 'Opening time')).toBe(message);
  });
});

describe('isoDateTimeProblem', () => {
  const message = 'The opening time must be a real date and time from 1900 to 9999';
  it('accepts ISO moments with a zone', () => {
    expect(isoDateTimeProblem('2026-11-01T09:00:00Z', 'The opening time')).toBeNull();
    expect(isoDateTimeProblem('2026-11-01T09:00:00.000+01:00', 'The opening time')).toBeNull();
  });

  it('refuses a day that does not exist, which Date would roll into the next month', () => {
    expect(isoDateTimeProblem('2026-02-30T09:00:00Z', 'The opening time')).toBe(message);
  });

  it('refuses the year 0000, other shapes and impossible times', () => {
    for (const bad of ['0000-01-01T00:00:00Z', '2026-11-01', 'tomorrow', '2026-11-01T25:00:00Z']) expect(isoDateTimeProblem(bad, 'The opening time')).toBe(message);
  });
});
