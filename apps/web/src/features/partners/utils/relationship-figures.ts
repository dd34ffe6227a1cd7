import { RELATIONSHIP_SUMMARY_HELP } from '@stewardship/scores';
import type { PartnerRelationshipSummaryQuery } from '../../../generated/graphql';

export type RelationshipSummary = NonNullable<PartnerRelationshipSummaryQuery['partnerRelationshipSummary']>;

/** One figure as the page shows it: its name, its value as text, and how it is computed. */
export interface RelationshipFigure {
  label: string;
  value: string;
  help: string;
}

/** Means to two decimal places with their n, as the scores pages print them: "3.80 (n 5)". */
function meanText(mean: number | null, n: number | null): string {
  return mean === null ? 'Not available' : `${mean.toFixed(2)} (n ${n ?? 0})`;
}

const count = (value: number | null) => String(value ?? 0);

/** The figures of ratings given, or null when they are hidden (the reason is on the summary). */
export function givenFigures(given: RelationshipSummary['given']): RelationshipFigure[] | null {
  if (given.suppressed) return null;
  return [
    { label: 'Respondents', value: count(given.respondents), help: RELATIONSHIP_SUMMARY_HELP.givenRespondents },
    { label: 'Partners rated', value: count(given.partnersRated), help: RELATIONSHIP_SUMMARY_HELP.partnersRated },
    { label: 'Ratings given', value: count(given.ratings), help: RELATIONSHIP_SUMMARY_HELP.ratingsGiven },
  ];
}

/** The figures of ratings received, or null when they are hidden. */
export function receivedFigures(received: RelationshipSummary['received']): RelationshipFigure[] | null {
  if (received.suppressed) return null;
  return [
    { label: 'Respondents', value: count(received.respondents), help: RELATIONSHIP_SUMMARY_HELP.receivedRespondents },
    { label: 'Rating partners', value: count(received.ratingOrganisations), help: RELATIONSHIP_SUMMARY_HELP.ratingOrganisations },
    { label: 'Ratings received', value: count(received.ratings), help: RELATIONSHIP_SUMMARY_HELP.ratingsReceived },
    { label: 'Mean trust received', value: meanText(received.meanTrust, received.ratings), help: RELATIONSHIP_SUMMARY_HELP.meanTrust },
    { label: 'Mean value received', value: meanText(received.meanValue, received.ratings), help: RELATIONSHIP_SUMMARY_HELP.meanValue },
  ];
}
