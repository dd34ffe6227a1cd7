import { Field, ObjectType } from '@nestjs/graphql';
import type { RoleGroup } from '@stewardship/domain';
import { Column, Entity } from 'typeorm';
import { RegisterRow } from '../common/register-row';
import { RoleGroupEnum } from '../common/graphql-enums';

@ObjectType('Person', { description: 'Someone who represents a partner organisation.' })
@Entity('people')
export class PersonEntity extends RegisterRow {
  @Field()
  @Column()
  name!: string;

  @Field({ description: 'Work email, stored lower-case; unique in the system.' })
  @Column()
  email!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Field(() => RoleGroupEnum)
  @Column({ name: 'role_group', type: 'varchar' })
  roleGroup!: RoleGroup;
}
