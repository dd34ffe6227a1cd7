/**
 * The words the UI shows beside a practice score. They describe the formulas in
 * `score-summary.ts` and `breakdown.ts`; change both together.
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
  return `Groups with fewer than ${minimumGroupSize} responses are hidden so that no respondent can be identified from their answers. Another group may be hidden alongside a small one, so that the small group cannot be worked out by subtracting the groups that are shown from the total.`;
}

/** The reason recorded on a summary hidden for having too few responses. */
export function smallGroupReason(minimumGroupSize: number): string {
  return `Fewer than ${minimumGroupSize} responses: hidden to protect respondents`;
}

export const COMPLEMENT_REASON =
  'Hidden so that a smaller group cannot be worked out by subtracting the groups shown from the total';

export const TOTAL_NOT_SHOWN_REASON = 'The total is not shown with this breakdown';
