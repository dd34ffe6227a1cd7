/**
 * The words the UI shows beside a practice score. They describe the formulas in `score-summary.ts` and the
 * disclosure rule in libs/disclosure; change them together.
 */
export const SCORE_HELP = {
  mean: 'Mean: the average of the 1 to 5 scores given by the respondents in this group this month.',
  n: 'n: the number of responses behind the figure. It is shown only when the group is large enough to publish.',
  standardDeviation:
    'Standard deviation: how far scores typically sit from the mean, from the sample formula (dividing by n − 1). Near 0 means respondents agree; above 1 means views differ widely. Not shown for a single response.',
  confidenceInterval:
    '95% confidence interval from the t-distribution: mean ± t × sd / √n, where t is the 97.5th percentile of Student’s t with n − 1 degrees of freedom. It shows how far the mean could move by chance in who happened to respond. With few responses it can run beyond the 1 to 5 scale: read that as a very uncertain estimate.',
  distribution: 'Distribution: how many respondents gave each score from 1 to 5.',
} as const;

/** Why a group is hidden, in the help panel: the threshold is a setting, so the text takes it. */
export function suppressionHelp(minimumGroupSize: number): string {
  return `Groups with fewer than ${minimumGroupSize} responses are hidden so that no respondent can be identified from their answers. Each month the respondents are put in blocks of at least ${minimumGroupSize} (a small group joins the most similar group: same place first, then same sector), and a figure is shown only for a group made of whole blocks. So a larger group may be hidden too: no sum or difference of the figures shown, under any filters, can single out a smaller group. A respondent counts toward every place their organisation serves, except when fewer than ${minimumGroupSize} respondents share that exact combination of places that month: then they count toward the whole system only.`;
}

/** The reason recorded on a summary hidden for having too few responses. */
export function smallGroupReason(minimumGroupSize: number): string {
  return `Fewer than ${minimumGroupSize} responses: hidden to protect respondents`;
}

/** The reason recorded on a group hidden because showing it could reveal a smaller group by differencing. */
export const SECONDARY_SUPPRESSION_REASON =
  'Hidden so that a smaller group cannot be worked out by subtracting this group from others that are shown';
