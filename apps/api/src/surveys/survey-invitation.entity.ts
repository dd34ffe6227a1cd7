import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyAnswersModel } from './models/survey-form.model';

/** A person's single-use link to one round. Only a keyed hash of the token is kept; the answers so far are a draft. */
@ObjectType('SurveyInvitation')
@Entity('survey_invitations')
export class SurveyInvitationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'jsonb', nullable: true })
  answers!: SurveyAnswersModel | null;

  @Column({ name: 'saved_at', type: 'timestamptz', nullable: true })
  savedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  get submitted(): boolean {
    return this.submittedAt !== null;
  }
}
