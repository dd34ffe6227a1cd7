import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ManualIndicatorInput {
  @Field({ description: 'What is measured, e.g. "Share of the budget decided jointly".' })
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field({ description: 'First day of the period measured (yyyy-mm-dd).' })
  from!: string;

  @Field({ description: 'Last day of the period measured (yyyy-mm-dd).' })
  to!: string;

  @Field({ description: 'A web address of the evidence (https:// or http://).' })
  evidenceUrl!: string;

  @Field()
  evidenceTitle!: string;

  @Field(() => ID, { nullable: true, description: 'The place it describes; empty for the whole system. A place lead enters for their own place.' })
  placeId?: string | null;
}
