import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, Sector } from '@stewardship/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationKindEnum, SectorEnum } from '../common/graphql-enums';

@ObjectType('Organisation', { description: "A partner organisation in the system's register." })
@Entity('organisations')
export class OrganisationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true, description: 'NHS Organisation Data Service code, e.g. RXN or A81001.' })
  @Column({ name: 'ods_code', type: 'varchar', nullable: true })
  odsCode!: string | null;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'varchar' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum)
  @Column({ type: 'varchar' })
  sector!: Sector;

  @Field(() => Float, {
    nullable: true,
    description: 'Annual budget (£m) or population served, used for representation ratios.',
  })
  @Column({ type: 'double precision', nullable: true })
  weight!: number | null;

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
