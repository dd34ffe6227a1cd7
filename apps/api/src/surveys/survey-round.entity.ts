import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SurveyRoundStatusEnum } from './models/survey-enums';

export type SurveyRoundStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

@ObjectType('SurveyRound', { description: 'One month of the pulse survey.' })
@Entity('survey_rounds')
export class SurveyRoundEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  /** The first day of the month surveyed (yyyy-mm-dd); GraphQL shows it as yyyy-mm. */
  @Column({ type: 'date' })
  month!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  /** Set when an administrator closes the round early. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => String, { name: 'month', description: 'The month surveyed, yyyy-mm.' })
  get monthLabel(): string {
    return this.month.slice(0, 7);
  }

  @Field(() => SurveyRoundStatusEnum)
  get status(): SurveyRoundStatus {
    return roundStatus(this, new Date());
  }

  @Field(() => Int)
  invitationCount!: number;

  @Field(() => Int)
  responseCount!: number;
}

/** Open from `opensAt` until `closesAt` or until an administrator closes it, whichever is first. */
export function roundStatus(round: Pick<SurveyRoundEntity, 'opensAt' | 'closesAt' | 'closedAt'>, now: Date): SurveyRoundStatus {
  if (round.closedAt || now >= round.closesAt) return 'CLOSED';
  return now < round.opensAt ? 'SCHEDULED' : 'OPEN';
}
