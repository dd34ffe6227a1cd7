import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A power-sharing measure entered by hand, with its period, the evidence behind it and who entered it when. */
@ObjectType('ManualIndicator', { description: 'A power-sharing measure entered by hand (from a report, an audit, a survey of its own), with its evidence.' })
@Entity('manual_indicators')
export class ManualIndicatorEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field(() => ID, { nullable: true, description: 'The place it describes; empty for the whole system.' })
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Field({ description: 'What is measured, e.g. "Share of the budget decided jointly".' })
  @Column({ type: 'varchar' })
  name!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  @Field({ description: 'First day of the period measured (yyyy-mm-dd).' })
  @Column({ name: 'from_date', type: 'date' })
  from!: string;

  @Field({ description: 'Last day of the period measured (yyyy-mm-dd).' })
  @Column({ name: 'to_date', type: 'date' })
  to!: string;

  @Field()
  @Column({ name: 'evidence_url', type: 'varchar' })
  evidenceUrl!: string;

  @Field()
  @Column({ name: 'evidence_title', type: 'varchar' })
  evidenceTitle!: string;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy!: string;

  @Field({ description: 'The display name of the user who entered it.' })
  enteredByName!: string;

  @Field({ description: 'When it was entered.' })
  @Column({ name: 'entered_at', type: 'timestamptz', insert: false })
  enteredAt!: Date;
}
