import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DecisionOutcome, PracticeKey } from '@stewardship/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DecisionOutcomeEnum } from './models/decision-enums';
import { PracticeEnum } from '../surveys/models/survey-enums';
import { EvidenceLink } from './models/evidence-link.model';

/**
 * One version of a decision, whole: version 1 as recorded, each later one an amendment saying who made it, when and
 * why. Versions are never changed, so the original and every amendment can always be read side by side.
 */
@ObjectType('DecisionVersion')
@Entity('decision_versions')
export class DecisionVersionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Field(() => ID)
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Field(() => Int, { description: '1 for the decision as recorded; each amendment adds one.' })
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId!: string;

  @Field({ description: 'The day the decision was taken (yyyy-mm-dd).' })
  @Column({ name: 'decided_on', type: 'date' })
  date!: string;

  @Field()
  @Column({ type: 'varchar' })
  title!: string;

  @Field()
  @Column({ type: 'varchar' })
  summary!: string;

  @Column({ name: 'proposer_id', type: 'uuid', nullable: true })
  proposerId!: string | null;

  @Field({ description: 'Taken outside the forum (settled beforehand, or by officers) rather than in its meeting.' })
  @Column({ name: 'outside_forum', type: 'boolean' })
  outsideForum!: boolean;

  @Field({ description: 'Whether disagreement was raised and discussed openly.' })
  @Column({ name: 'conflict_surfaced', type: 'boolean' })
  conflictSurfaced!: boolean;

  @Field(() => DecisionOutcomeEnum)
  @Column({ type: 'varchar' })
  outcome!: DecisionOutcome;

  @Column({ name: 'reopens_id', type: 'uuid', nullable: true })
  reopensId!: string | null;

  @Field(() => [PracticeEnum], { description: 'The collaborative-leadership practices the decision bears on.' })
  @Column({ type: 'varchar', array: true })
  practices!: PracticeKey[];

  @Field(() => [EvidenceLink])
  @Column({ type: 'jsonb' })
  evidence!: EvidenceLink[];

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @Field({ description: 'When this version was written: the recording, or the amendment.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the decision was amended; empty for the version as recorded.' })
  @Column({ type: 'varchar', nullable: true })
  reason!: string | null;
}
