import { ratingProblem, SURVEY_COMMENT_MAX_LENGTH, surveyCommentProblem, surveyTokenProblem } from './survey-answers';

describe('ratingProblem', () => {
  it('accepts no answer and whole numbers from 1 to 5', () => {
    for (const ok of [null, undefined, 1, 3, 5]) expect(ratingProblem(ok, 'trust rating')).toBeNull();
  });

  it('refuses anything else', () => {
    for (const bad of [0, 6, 2.5, -1, Number.NaN]) expect(ratingProblem(bad, 'trust rating')).toBe('The trust rating must be a whole number from 1 to 5');
  });
});

describe('surveyCommentProblem', () => {
  it('allows no comment and 2000 characters, and refuses 2001', () => {
    expect(SURVEY_COMMENT_MAX_LENGTH).toBe(2000);
    expect(surveyCommentProblem(null, 'The note')).toBeNull();
    expect(surveyCommentProblem('x'.repeat(2000), 'The note')).toBeNull();
    expect(surveyCommentProblem('x'.repeat(2001), 'The note')).toBe('The note must be 2000 characters or fewer');
  });

  it('refuses text that cannot be stored', () => {
    expect(surveyCommentProblem('a\u0000', 'The note')).toBe('The note contains a NUL character, which cannot be stored; remove it');
  });
});

describe('surveyTokenProblem', () => {
  it('refuses a token longer than any link carries', () => {
    expect(surveyTokenProblem('x'.repeat(43))).toBeNull();
    expect(surveyTokenProblem('x'.repeat(101))).toMatch(/not recognised/);
  });
});
