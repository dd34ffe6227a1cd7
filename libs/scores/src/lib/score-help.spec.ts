import { SCORE_HELP, SECONDARY_SUPPRESSION_REASON, smallGroupReason, suppressionHelp } from './score-help';

describe('SCORE_HELP', () => {
  it.each(Object.entries(SCORE_HELP))('%s is one plain paragraph', (_figure, text) => {
    expect(text).toMatch(/^\S[^\n]*\.$/);
  });

  it('gives the confidence interval formula the code uses', () => {
    expect(SCORE_HELP.confidenceInterval).toContain(
      '95% confidence interval from the t-distribution: mean ± t × sd / √n',
    );
    expect(SCORE_HELP.confidenceInterval).toContain('n − 1 degrees of freedom');
  });

  it('says the standard deviation is the sample one', () => {
    expect(SCORE_HELP.standardDeviation).toContain('n − 1');
  });
});

describe('suppressionHelp', () => {
  it('states the minimum group size in force', () => {
    expect(suppressionHelp(5)).toContain('fewer than 5 responses');
    expect(suppressionHelp(10)).toContain('fewer than 10 responses');
  });

  it('explains why a larger group can be hidden too', () => {
    expect(suppressionHelp(5)).toContain('a figure is shown only for a group made of whole blocks');
    expect(suppressionHelp(8)).toContain('blocks of at least 8');
    expect(suppressionHelp(8)).toContain('fewer than 8 respondents share that exact combination of places');
  });
});

describe('suppression reasons', () => {
  it('gives the reason a small group is hidden, with the minimum', () => {
    expect(smallGroupReason(5)).toBe('Fewer than 5 responses: hidden to protect respondents');
    expect(smallGroupReason(8)).toBe('Fewer than 8 responses: hidden to protect respondents');
  });

  it('distinguishes a group hidden for its own size from one hidden to protect another', () => {
    expect(SECONDARY_SUPPRESSION_REASON).not.toBe(smallGroupReason(5));
    expect(SECONDARY_SUPPRESSION_REASON).toContain('subtracting');
  });
});
