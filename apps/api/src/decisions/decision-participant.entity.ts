import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How one organisation took part in one version of a decision. */
@ObjectType('DecisionParticipant')
@Entity('decision_participants')
export class DecisionParticipantEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Field({ description: 'The decision affects this organisation.' })
  @Column({ type: 'boolean' })
  affected!: boolean;

  @Field({ description: 'It was represented when the decision was taken.' })
  @Column({ type: 'boolean' })
  present!: boolean;

  @Field({ description: 'It was consulted before the decision.' })
  @Column({ type: 'boolean' })
  consulted!: boolean;

  @Field({ description: 'It had a vote on the decision.' })
  @Column({ type: 'boolean' })
  vote!: boolean;

  @Field({ description: 'It dissented, and the dissent was recorded.' })
  @Column({ type: 'boolean' })
  dissented!: boolean;

  @Field({ description: 'Its representative was a deputy.' })
  @Column({ type: 'boolean' })
  deputy!: boolean;

  @Field({ description: 'The deputy had delegated authority to commit the organisation.' })
  @Column({ name: 'delegated_authority', type: 'boolean' })
  delegatedAuthority!: boolean;
}
