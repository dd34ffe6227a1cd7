import {
  COMPLEMENT_REASON,
  SCORE_HELP,
  smallGroupReason,
  suppressionHelp,
  TOTAL_NOT_SHOWN_REASON,
} from './score-help';

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
    expect(suppressionHelp(5)).toContain('subtracting the groups that are shown from the total');
  });
});

describe('suppression reasons', () => {
  it('gives the reason a small group is hidden, with the minimum', () => {
    expect(smallGroupReason(5)).toBe('Fewer than 5 responses: hidden to protect respondents');
    expect(smallGroupReason(8)).toBe('Fewer than 8 responses: hidden to protect respondents');
  });

  it('distinguishes a group hidden as a complement and a total left out', () => {
    expect(new Set([smallGroupReason(5), COMPLEMENT_REASON, TOTAL_NOT_SHOWN_REASON]).size).toBe(3);
  });
});
