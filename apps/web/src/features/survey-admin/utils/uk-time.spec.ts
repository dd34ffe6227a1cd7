import { formatDate } from '../../../shared/utils/format-dates';
import { addDays, ukDayEnd, ukDayStart } from './uk-time';

describe('UK days as instants', () => {
  it('starts a winter day at midnight UTC and a summer day an hour earlier', () => {
    expect(ukDayStart('2026-11-01').toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(ukDayStart('2026-07-01').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(ukDayStart('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(ukDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.000Z');
    expect(ukDayStart('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(ukDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.000Z');
  });

  it('ends a day at 23:59:59 UK time', () => {
    expect(ukDayEnd('2026-11-21').toISOString()).toBe('2026-11-21T23:59:59.000Z');
    expect(ukDayEnd('2026-06-21').toISOString()).toBe('2026-06-21T22:59:59.000Z');
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-11-24', 7)).toBe('2026-12-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('a round’s days, shown back', () => {
  it('shows a summer round as the days the admin entered, not the day after it closes', () => {
    expect(formatDate(ukDayStart('2026-07-01').toISOString())).toBe('1 July 2026');
    expect(formatDate(ukDayEnd('2026-07-14').toISOString())).toBe('14 July 2026');
    expect(formatDate(ukDayEnd('2026-12-14').toISOString())).toBe('14 December 2026');
  });
});
