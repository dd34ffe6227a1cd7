import { isSummaryQuestionKey, SUMMARY_QUESTION_KEYS, SUMMARY_QUESTIONS, summaryQuestionByKey, type SummaryQuestionKey } from './summary-questions';

describe('summary questions', () => {
  it('asks direction, alignment and commitment, in that order, each stored in its own answer field', () => {
    expect(SUMMARY_QUESTIONS.map((question) => question.key)).toEqual([...SUMMARY_QUESTION_KEYS]);
    expect(SUMMARY_QUESTIONS.map((question) => question.answer)).toEqual(['direction', 'alignment', 'commitment']);
  });

  it.each(SUMMARY_QUESTIONS.map((question) => [question.key, question] as const))('%s has a one-line statement and a longer description', (_key, question) => {
    expect(question.shortHelp.length).toBeLessThanOrEqual(90);
    expect(question.shortHelp).toMatch(/^[A-Z][^\n]*\.$/);
    expect(question.description.length).toBeGreaterThan(question.shortHelp.length);
  });

  it('finds a question by key and fails loudly for an unknown one', () => {
    expect(summaryQuestionByKey('ALIGNMENT').name).toBe('Alignment');
    expect(() => summaryQuestionByKey('PURPOSE' as SummaryQuestionKey)).toThrow('Unknown summary question PURPOSE');
  });

  it('recognises stored keys only', () => {
    expect(isSummaryQuestionKey('COMMITMENT')).toBe(true);
    expect(isSummaryQuestionKey('commitment')).toBe(false);
  });
});
