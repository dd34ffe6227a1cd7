import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType()
export class OpenSurveyRoundInput {
  @Field({ description: 'The month surveyed, yyyy-mm.' })
  month!: string;

  @Field(() => GraphQLISODateTime)
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  closesAt!: Date;

  @Field(() => [ID], { description: 'The people invited; each gets a single-use link.' })
  personIds!: string[];
}
