import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class PlaceInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  localAuthority?: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code of the local authority, e.g. E06000047.' })
  onsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own id for the place, used to match rows on import.' })
  externalId?: string | null;
}
