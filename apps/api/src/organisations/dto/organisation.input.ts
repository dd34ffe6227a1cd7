import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { OrganisationKind, Sector } from '@stewardship/domain';
import { OrganisationKindEnum, SectorEnum } from '../../common/graphql-enums';

@InputType()
export class OrganisationInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  odsCode?: string | null;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => SectorEnum)
  sector!: Sector;

  @Field(() => [ID])
  placeIds!: string[];

  @Field(() => Float, { nullable: true })
  weight?: number | null;

  @Field(() => String, { nullable: true, description: 'Your own id for the partner, used to match rows on import.' })
  externalId?: string | null;
}
