import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What every register row has: an id, its system, an external id for import matching, archiving and timestamps. */
@ObjectType({ isAbstract: true })
export abstract class RegisterRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field(() => String, { nullable: true, description: 'Your own id for this row, used to match rows on import.' })
  @Column({ name: 'external_id', type: 'varchar', nullable: true })
  externalId!: string | null;

  /** Archived rows drop out of pickers but keep their history and references. */
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
