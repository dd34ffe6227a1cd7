import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ForumKind } from '@stewardship/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ForumKindEnum } from '../common/graphql-enums';

@ObjectType('Forum', { description: 'A decision-making body: ICB board, ICP, place board, provider collaborative or programme board.' })
@Entity('forums')
export class ForumEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => ForumKindEnum)
  @Column({ type: 'varchar' })
  kind!: ForumKind;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

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
