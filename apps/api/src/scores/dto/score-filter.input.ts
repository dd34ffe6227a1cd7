import { Field, ID, InputType } from '@nestjs/graphql';
import type { RoleGroup, Sector } from '@stewardship/domain';
import { RoleGroupEnum, SectorEnum } from '../../common/graphql-enums';

@InputType()
export class ScoreFilter {
  @Field(() => ID, { nullable: true })
  placeId?: string | null;

  @Field(() => SectorEnum, { nullable: true })
  sector?: Sector | null;

  @Field(() => RoleGroupEnum, { nullable: true })
  roleGroup?: RoleGroup | null;
}
