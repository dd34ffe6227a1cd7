import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SeatInput {
  @Field(() => ID)
  forumId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field({ defaultValue: true })
  voting!: boolean;

  @Field({ defaultValue: false })
  chair!: boolean;

  @Field({ description: 'First day of the seat, yyyy-mm-dd.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the seat, yyyy-mm-dd, if it has ended.' })
  to?: string | null;
}

@InputType()
export class SeatChangeInput {
  @Field()
  voting!: boolean;

  @Field()
  chair!: boolean;

  @Field({ description: 'The day the change takes effect, yyyy-mm-dd: the old seat ends the day before.' })
  from!: string;
}
