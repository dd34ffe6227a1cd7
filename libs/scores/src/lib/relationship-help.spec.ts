import { RELATIONSHIP_SUMMARY_HELP, relationshipSuppressionHelp } from './relationship-help';

describe('RELATIONSHIP_SUMMARY_HELP', () => {
  it.each(Object.entries(RELATIONSHIP_SUMMARY_HELP))('%s is one plain paragraph', (_figure, text) => {
    expect(text).toMatch(/^\S[^\n]*\.$/);
  });

  it('gives the formula of the means the code uses', () => {
    expect(RELATIONSHIP_SUMMARY_HELP.meanTrust).toContain('sum of ratings ÷ number of ratings');
    expect(RELATIONSHIP_SUMMARY_HELP.meanValue).toContain('sum of ratings ÷ number of ratings');
  });
});

describe('relationshipSuppressionHelp', () => {
  it('states the minimum group size in force and why a large partner can be hidden too', () => {
    expect(relationshipSuppressionHelp(5)).toContain('at least 5 respondents');
    expect(relationshipSuppressionHelp(8)).toContain('blocks of at least 8');
    expect(relationshipSuppressionHelp(8)).toContain('a partner with enough respondents may be hidden too');
  });
});
