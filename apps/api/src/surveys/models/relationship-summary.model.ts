import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RatingsGiven', { description: "Ratings given by one partner's respondents in a month, in aggregate (see RELATIONSHIP_SUMMARY_HELP)." })
export class RatingsGivenModel {
  @Field()
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the figures are hidden; null when shown.' })
  suppressionReason!: string | null;

  @Field(() => Int, { nullable: true, description: "Responses of the partner's people that rated at least one partner." })
  respondents!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct organisations rated.' })
  partnersRated!: number | null;

  @Field(() => Int, { nullable: true })
  ratings!: number | null;
}

@ObjectType('RatingsReceived', { description: "Ratings of one partner by other partners' respondents in a month, in aggregate (see RELATIONSHIP_SUMMARY_HELP)." })
export class RatingsReceivedModel {
  @Field()
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the figures are hidden; null when shown.' })
  suppressionReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'Responses that rated the partner.' })
  respondents!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct organisations those responses came from.' })
  ratingOrganisations!: number | null;

  @Field(() => Int, { nullable: true, description: 'Ratings received: the n of both means.' })
  ratings!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of trust ratings ÷ ratings (1 to 5).' })
  meanTrust!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of value ratings ÷ ratings (1 to 5).' })
  meanValue!: number | null;
}

@ObjectType('PartnerRelationshipSummary', { description: "One partner's relationship ratings for one month, in aggregate; notes are never included." })
export class PartnerRelationshipSummaryModel {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'The month summarised (yyyy-mm); null when the system has no ratings yet.' })
  month!: string | null;

  @Field(() => [String], { description: 'Months that have ratings, newest first (yyyy-mm).' })
  ratedMonths!: string[];

  @Field(() => Int, { description: 'Figures with fewer respondents than this are hidden.' })
  minimumGroupSize!: number;

  @Field(() => RatingsGivenModel)
  given!: RatingsGivenModel;

  @Field(() => RatingsReceivedModel)
  received!: RatingsReceivedModel;
}
