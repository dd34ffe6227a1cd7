import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { RoleGroup } from '@stewardship/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RoleGroupEnum } from '../common/graphql-enums';

@ObjectType('Person', { description: 'Someone who represents a partner organisation.' })
@Entity('people')
export class PersonEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

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

  @Field(() => String, { nullable: true, description: 'Your own id for this row, used to match rows on import.' })
  @Column({ name: 'external_id', type: 'varchar', nullable: true })
  externalId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Field({ description: 'Archived rows drop out of pickers but keep their history and references.' })
  get archived(): boolean {
    return this.archivedAt !== null;
  }

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
