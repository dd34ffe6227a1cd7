import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { ClaimDirection } from '@stewardship/evidence';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeEnum } from '../surveys/models/survey-enums';
import { ClaimDirectionEnum } from './models/claim-enums';

/** A claim about collaboration, as recorded: never changed (see the claims migration). */
@ObjectType('Claim', { description: 'A statement about collaboration, from a board paper or strategy, tested against the evidence.' })
@Entity('claims')
export class ClaimEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field({ description: 'The claim, as written where it was made.' })
  @Column({ type: 'varchar' })
  text!: string;

  @Field({ description: 'The document it was made in, e.g. "ICB board paper, March 2026: system performance".' })
  @Column({ name: 'source_title', type: 'varchar' })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: 'A web address of that document.' })
  @Column({ name: 'source_url', type: 'varchar', nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The page (or pages) it is on, as printed.' })
  @Column({ name: 'source_page', type: 'varchar', nullable: true })
  sourcePage!: string | null;

  @Column({ name: 'made_by_id', type: 'uuid' })
  madeById!: string;

  @Field({ description: 'The role of whoever made it, e.g. "Chief executive".' })
  @Column({ name: 'made_by_role', type: 'varchar' })
  madeByRole!: string;

  @Field({ description: 'The day it was made (yyyy-mm-dd).' })
  @Column({ name: 'made_on', type: 'date' })
  madeOn!: string;

  @Field({ description: 'First day of the period the claim speaks of (yyyy-mm-dd).' })
  @Column({ name: 'period_from', type: 'date' })
  from!: string;

  @Field({ description: 'Last day of the period the claim speaks of (yyyy-mm-dd).' })
  @Column({ name: 'period_to', type: 'date' })
  to!: string;

  @Field(() => [PracticeEnum], { description: 'The collaborative-leadership practices it concerns.' })
  @Column({ type: 'varchar', array: true })
  practices!: PracticeKey[];

  @Field(() => ClaimDirectionEnum)
  @Column({ type: 'varchar' })
  direction!: ClaimDirection;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false })
  recordedAt!: Date;
}

/** A partner a claim is about. */
@Entity('claim_partners')
export class ClaimPartnerEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}
