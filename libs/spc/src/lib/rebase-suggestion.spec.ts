import { REBASE_HELP, rebaseSuggestion } from './rebase-suggestion';
import type { XmrInputPoint, XmrOptions } from './xmr';

const monthStart = (offset: number) => new Date(Date.UTC(2023, offset, 1)).toISOString().slice(0, 10);
const monthly = (values: number[]): XmrInputPoint[] => values.map((value, i) => ({ date: monthStart(i), value }));
const alternating = (a: number, b: number, count: number) =>
  Array.from({ length: count }, (_unused, i) => (i % 2 === 0 ? a : b));

// 2023: 3.2 and 3.0 in turn, mean 3.1 (fixed after 12 points), AMR 0.2, limits 2.568 to 3.632; no run of two, and
// it ends below the mean so a run above starts afresh.
const BASELINE = alternating(3.2, 3.0, 12);
// A new level: 3.2 and 3.6 in turn, all above 3.1 and inside the old limits. Seven of them have mean ≈ 3.371,
// AMR 0.4, so that level's own limits are ≈ 2.307 to 4.435.
const SHIFT_UP = alternating(3.2, 3.6, 7);
const FIXED: XmrOptions = { fixAfterPoints: 12 };
const suggest = (values: number[], options: XmrOptions = {}) => rebaseSuggestion(monthly(values), { ...FIXED, ...options });

describe('rebaseSuggestion', () => {
  describe('a shift still going at the latest month', () => {
    it('fires at the shift length, naming the months from the first point of the shift', () => {
      const suggestion = suggest([...BASELINE, ...SHIFT_UP]);
      expect(suggestion).toEqual({
        from: '2024-01-01',
        months: [0, 1, 2, 3, 4, 5, 6].map((i) => monthStart(12 + i)),
        direction: 'up',
        reason: expect.stringContaining('7 months in a row, January 2024 to July 2024, were above the mean of 3.10'),
      });
      expect(suggestion?.reason).toContain('still going');
    });

    it('does not fire one point short of the shift length', () => {
      expect(suggest([...BASELINE, ...SHIFT_UP.slice(0, 6)])).toBeNull();
    });

    it('follows shiftLength: 6 points are enough when it is 6', () => {
      expect(suggest([...BASELINE, ...SHIFT_UP.slice(0, 6)], { shiftLength: 6 })?.from).toBe('2024-01-01');
    });

    it('fires downwards for a run below the mean', () => {
      const suggestion = suggest([...BASELINE, 3.2, ...alternating(2.6, 3.0, 7)]);
      expect(suggestion).toMatchObject({ from: '2024-02-01', direction: 'down' });
      expect(suggestion?.reason).toContain('below the mean of 3.10');
    });

    it('does not fire when a point on the mean breaks the run short', () => {
      expect(suggest([...BASELINE, ...SHIFT_UP.slice(0, 3), 3.1, ...SHIFT_UP.slice(0, 3)])).toBeNull();
    });

    it('works on a mean the whole period sets, without fixed limits', () => {
      // Mean over 19 points ≈ 3.24: the baseline is all below it (a run from the period's start, which is no
      // suggestion) and 3.4, 3.6, … all above it.
      expect(rebaseSuggestion(monthly([...BASELINE, ...alternating(3.4, 3.6, 7)]))?.from).toBe('2024-01-01');
    });
  });

  describe('a shift that has ended', () => {
    it('fires when the months since stay within the new level and above the old mean on average', () => {
      // 3.05 ends the run, but it is inside the new level's limits; 3.05, 3.5, 3.3 average 3.283 > 3.1.
      const suggestion = suggest([...BASELINE, ...SHIFT_UP, 3.05, 3.5, 3.3]);
      expect(suggestion).toMatchObject({ from: '2024-01-01', direction: 'up' });
      expect(suggestion?.months).toHaveLength(7);
      expect(suggestion?.reason).toContain('the 3 months since stayed within');
      expect(suggestion?.reason).toContain('the new level has held');
    });

    it('does not fire when the months since went back to the old level', () => {
      // 3.05, 3.0, 3.2, 3.0 average 3.0625, below the old mean of 3.1.
      expect(suggest([...BASELINE, ...SHIFT_UP, 3.05, 3.0, 3.2, 3.0])).toBeNull();
    });

    it('does not fire when a month since falls outside the new level’s limits', () => {
      // 2.2 is below ≈ 2.307 though 2.2, 3.9, 3.9 average 3.33, above the old mean.
      expect(suggest([...BASELINE, ...SHIFT_UP, 2.2, 3.9, 3.9])).toBeNull();
    });

    it('does not fire for an ended run one point short of the shift length', () => {
      expect(suggest([...BASELINE, ...SHIFT_UP.slice(0, 6), 3.05, 3.5, 3.3])).toBeNull();
    });
  });

  describe('after an existing rebase', () => {
    it('counts only points after it: a new period too short for limits gets no suggestion', () => {
      expect(suggest([...BASELINE, ...SHIFT_UP], { rebase: ['2024-01-01'] })).toBeNull();
    });

    it('judges a shift against the new period’s mean', () => {
      // Period from 2024: the shift's 7 points and 3.3, 3.5, 3.3, 3.5, 3.3 set its mean, 40.5 / 12 = 3.375 (so
      // 3.2, 3.6, … no longer make a run); then 3.7 and 3.9, above it.
      const values = [...BASELINE, ...SHIFT_UP, ...alternating(3.3, 3.5, 5), ...alternating(3.7, 3.9, 7)];
      const suggestion = suggest(values, { rebase: ['2024-01-01'] });
      expect(suggestion).toMatchObject({ from: monthStart(24), direction: 'up' });
      expect(suggestion?.reason).toContain('above the mean of 3.38');
    });

    it('does not suggest the date the period already starts at', () => {
      // From 2024: seven at 4.0 open the period, then 3.0 and 4.2 in turn; its mean ≈ 3.82, so the only run is the
      // one the period starts with.
      const values = [...BASELINE, ...Array(7).fill(4.0), ...alternating(3.0, 4.2, 6)];
      expect(suggest(values, { rebase: ['2024-01-01'], fixAfterPoints: undefined })).toBeNull();
    });
  });
});

describe('REBASE_HELP', () => {
  it('states the shift length and the months a period needs, from the defaults the rule uses', () => {
    expect(REBASE_HELP.suggestion).toContain('7 or more months in a row');
    expect(REBASE_HELP.limits).toContain('needs 12 months');
  });
});
