import { monthFromOrdinal, monthOrdinal, monthsEnding, surveyRound } from './survey-months';

describe('monthOrdinal and monthFromOrdinal', () => {
  it('numbers consecutive months consecutively, across a year end', () => {
    expect(monthOrdinal('2025-01') - monthOrdinal('2024-12')).toBe(1);
    expect(monthOrdinal('2026-10') - monthOrdinal('2024-11')).toBe(23);
  });

  it('round-trips', () => {
    for (const month of ['2024-01', '2024-12', '2026-10', '0999-06']) {
      expect(monthFromOrdinal(monthOrdinal(month))).toBe(month);
    }
  });

  it('refuses anything but yyyy-mm', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '2026-10-01', 'October 2026']) {
      expect(() => monthOrdinal(bad)).toThrow(`Not a yyyy-mm month: ${bad}`);
    }
  });
});

describe('monthsEnding', () => {
  it('lists the months up to the end month, oldest first', () => {
    expect(monthsEnding('2025-02', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsEnding('2026-10', 1)).toEqual(['2026-10']);
  });

  it('gives 24 months ending October 2026 from November 2024', () => {
    const months = monthsEnding('2026-10', 24);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-11');
    expect(months[23]).toBe('2026-10');
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => monthsEnding('2026-10', bad)).toThrow(RangeError);
    }
  });
});

describe('surveyRound', () => {
  it('opens on the 1st and closes on the 21st', () => {
    expect(surveyRound('2026-02')).toEqual({ month: '2026-02', opensOn: '2026-02-01', closesOn: '2026-02-21' });
  });

  it('refuses a malformed month', () => {
    expect(() => surveyRound('2026-2')).toThrow(RangeError);
  });
});
