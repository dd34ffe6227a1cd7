import { formatDate, formatDateTime, formatDay, todayInUk } from './format-dates';

describe('formatDate', () => {
  it('writes dates the GOV.UK way, in UK time', () => {
    expect(formatDate('2025-03-03T10:00:00Z')).toBe('3 March 2025');
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(formatDate('2025-06-30T23:30:00Z')).toBe('1 July 2025');
  });

  it('gives back text it cannot read as a date', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('adds the 24-hour UK time', () => {
    expect(formatDateTime('2025-03-03T10:04:00Z')).toBe('3 March 2025 at 10:04');
    expect(formatDateTime('2025-06-30T23:30:00Z')).toBe('1 July 2025 at 00:30');
  });

  it('gives back text it cannot read as a date', () => {
    expect(formatDateTime('later')).toBe('later');
  });
});

describe('formatDay', () => {
  it('writes a calendar day without moving it across time zones', () => {
    expect(formatDay('2024-04-01')).toBe('1 April 2024');
    expect(formatDay('2025-12-31')).toBe('31 December 2025');
  });

  it('gives back anything that is not yyyy-mm-dd', () => {
    expect(formatDay('01/04/2024')).toBe('01/04/2024');
  });
});

describe('todayInUk', () => {
  it('is the UK calendar day, which in summer starts an hour before UTC', () => {
    expect(todayInUk(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(todayInUk(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
  });
});
