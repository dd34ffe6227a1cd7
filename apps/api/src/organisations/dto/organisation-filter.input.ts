import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrganisationKind, Sector } from '@stewardship/domain';
import { OrganisationKindEnum, SectorEnum } from '../../common/graphql-enums';

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Matches anywhere in the name, or the start of the ODS code.' })
  search?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => SectorEnum, { nullable: true })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true })
  placeId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived partners (left out by default).' })
  includeArchived?: boolean | null;
}
