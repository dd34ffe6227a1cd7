import { Field, ID, InputType } from '@nestjs/graphql';
import type { RoleGroup, Sector } from '@stewardship/domain';
import { RoleGroupEnum, SectorEnum } from '../../common/graphql-enums';

@InputType()
export class PersonInput {
  @Field()
  name!: string;

  @Field({ description: 'Work email; unique in the system.' })
  email!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => RoleGroupEnum)
  roleGroup!: RoleGroup;

  @Field(() => String, { nullable: true, description: 'Your own id for the person, used to match rows on import.' })
  externalId?: string | null;
}

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Matches anywhere in the name or email.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'People whose organisation serves this place.' })
  placeId?: string | null;

  @Field(() => SectorEnum, { nullable: true, description: "People whose organisation is in this sector." })
  sector?: Sector | null;

  @Field(() => RoleGroupEnum, { nullable: true })
  roleGroup?: RoleGroup | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}
