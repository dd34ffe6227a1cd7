import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** What every row added to a claim (evidence, a verdict, a document) carries: its own id, and the claim and system it belongs to. */
@ObjectType({ isAbstract: true })
export abstract class ClaimRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field(() => ID)
  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;
}
