import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@stewardship/domain';
import { RoleEnum } from '../../common/graphql-enums';
import { PlaceEntity } from '../../places/place.entity';
import { SystemEntity } from '../../systems/system.entity';
import { UserEntity } from '../user.entity';

@ObjectType('Viewer', { description: 'The signed-in user, the system they are working in and their role there.' })
export class ViewerModel {
  @Field(() => UserEntity)
  user!: UserEntity;

  @Field(() => SystemEntity)
  system!: SystemEntity;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => PlaceEntity, { nullable: true, description: 'The place a place lead is responsible for; null for other roles.' })
  place!: PlaceEntity | null;

  @Field({ description: "Whether the user sees the whole system's partner network: every role but a place lead, and a place lead an administrator has granted the system view." })
  systemView!: boolean;
}
