import { isPracticeKey, PRACTICE_KEYS, PRACTICES, practiceByKey, type PracticeKey } from './practices';

// A phone held upright shows about this many characters of body text on one or two lines.
const PHONE_LINE_LIMIT = 80;

describe('practices', () => {
  it('numbers the six practices 1 to 6 in the order of the keys', () => {
    expect(PRACTICES.map((practice) => practice.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PRACTICES.map((practice) => practice.key)).toEqual([...PRACTICE_KEYS]);
  });

  it('keeps the report order: safety first, shared decisions last', () => {
    expect(PRACTICES[0].key).toBe('SAFE_ENVIRONMENT');
    expect(PRACTICES[3].key).toBe('SHARING_POWER');
    expect(PRACTICES[5].key).toBe('SHARED_DECISIONS');
  });

  it('gives every practice a distinct name', () => {
    expect(new Set(PRACTICES.map((practice) => practice.name)).size).toBe(6);
  });

  it.each(PRACTICES.map((practice) => [practice.key, practice] as const))(
    '%s has one short sentence of help and a longer description',
    (_key, practice) => {
      expect(practice.shortHelp.length).toBeLessThanOrEqual(PHONE_LINE_LIMIT);
      expect(practice.shortHelp).toMatch(/^[A-Z][^\n.]*\.$/);
      expect(practice.description.length).toBeGreaterThan(practice.shortHelp.length * 2);
      expect(practice.description).not.toContain('\n');
    },
  );

  it('finds a practice by key', () => {
    expect(practiceByKey('SHARING_POWER').number).toBe(4);
    expect(practiceByKey('MANAGING_CONFLICT').name).toBe('Surfacing and managing conflict');
  });

  it('fails loudly for a key that slipped past the type checker', () => {
    expect(() => practiceByKey('TRUST' as PracticeKey)).toThrow('Unknown practice TRUST');
  });

  it('recognises stored practice keys only', () => {
    expect(isPracticeKey('SHARED_PURPOSE')).toBe(true);
    expect(isPracticeKey('shared_purpose')).toBe(false);
    expect(isPracticeKey(3)).toBe(false);
  });
});
