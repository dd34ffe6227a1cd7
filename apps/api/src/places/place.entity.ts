import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType('Place', { description: 'A place-based partnership inside the system.' })
@Entity('places')
export class PlaceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'local_authority', type: 'varchar', nullable: true })
  localAuthority!: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code of the local authority, e.g. E06000047.' })
  @Column({ name: 'ons_code', type: 'varchar', nullable: true })
  onsCode!: string | null;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
