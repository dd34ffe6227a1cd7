import { isOneOf } from './is-one-of';

describe('isOneOf', () => {
  const colours = ['RED', 'GREEN'] as const;

  it('accepts a listed value', () => {
    expect(isOneOf(colours, 'GREEN')).toBe(true);
  });

  it('is case-sensitive, because stored enum values are upper case', () => {
    expect(isOneOf(colours, 'green')).toBe(false);
  });

  it('rejects unlisted values and non-strings', () => {
    expect(isOneOf(colours, 'BLUE')).toBe(false);
    expect(isOneOf(colours, '')).toBe(false);
    expect(isOneOf(colours, undefined)).toBe(false);
    expect(isOneOf(colours, 1)).toBe(false);
  });
});
