import { FieldErrors, tooManyRequests } from './errors';

describe('FieldErrors', () => {
  it('throws one BAD_USER_INPUT error naming every field with a problem', () => {
    const errors = new FieldErrors();
    errors.add('name', 'Enter the organisation\'s name');
    errors.add('odsCode', null);
    errors.add('weight', 'Weight must be 0 or more');
    expect(errors.has('odsCode')).toBe(false);
    try {
      errors.throwIfAny();
      throw new Error('expected a throw');
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'name', message: "Enter the organisation's name" },
          { field: 'weight', message: 'Weight must be 0 or more' },
        ],
      });
    }
  });

  it('does not throw when nothing was added', () => {
    expect(() => new FieldErrors().throwIfAny()).not.toThrow();
  });
});

describe('tooManyRequests', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(tooManyRequests(61).message).toBe('Too many sign-in attempts. Try again in 2 minutes.');
    expect(tooManyRequests(5).message).toBe('Too many sign-in attempts. Try again in 1 minute.');
  });

  it('says what another limit is, in its own words', () => {
    const error = tooManyRequests(60, 'You have 3 board packs being made');
    expect(error.message).toBe('You have 3 board packs being made');
    expect(error.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 });
  });
});
