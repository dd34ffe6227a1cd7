/**
 * The words the partner page shows beside each relationship-rating figure. They describe
 * apps/api/src/surveys/relationship-summary.ts and the disclosure rule in libs/disclosure; change them together.
 */
export const RELATIONSHIP_SUMMARY_HELP = {
  givenRespondents: "Respondents: how many of this partner's people answered the month's survey and rated at least one partner.",
  partnersRated: "Partners rated: how many different organisations this partner's respondents rated this month.",
  ratingsGiven: "Ratings given: every rating this partner's respondents gave this month (one respondent may rate several partners, and two respondents may rate the same one).",
  receivedRespondents: "Respondents: how many people at other partners rated their relationship with this partner this month.",
  ratingOrganisations: 'Rating partners: how many different organisations those respondents belong to.',
  ratingsReceived: 'Ratings received: every rating of this partner given this month by respondents at other partners.',
  meanTrust: 'Mean trust received: the average of the 1 to 5 trust ratings received this month (sum of ratings ÷ number of ratings, n).',
  meanValue: 'Mean value received: the average of the 1 to 5 value ratings received this month (sum of ratings ÷ number of ratings, n).',
  notes: 'Notes written by respondents are never shown.',
} as const;

/** Why figures may be hidden; the threshold is a setting, so the text takes it. */
export function relationshipSuppressionHelp(minimumGroupSize: number): string {
  return `Ratings given and ratings received are each shown only when at least ${minimumGroupSize} respondents are behind them. Each month the partners are put in blocks of at least ${minimumGroupSize} respondents (a small partner joins the most similar one: same sector, then same kind), and a partner's figures are shown only when the partner is a whole block. So a partner with enough respondents may be hidden too: otherwise its figures, subtracted from the month's totals, would reveal a smaller partner's.`;
}
