import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { Verdict } from '@stewardship/evidence';
import { Column, Entity } from 'typeorm';
import { ClaimRow } from './claim-row';
import { VerdictEnum } from './models/claim-enums';

/** A reviewer's verdict on a claim, with the suggestion they accepted or overrode and why. Never changed. */
@ObjectType('ClaimVerdict', { description: 'A reviewer’s verdict: who, when, what the app suggested, whether they accepted it, and why.' })
@Entity('claim_verdicts')
export class ClaimVerdictEntity extends ClaimRow {
  /** The order verdicts were given in. */
  @Column({ type: 'bigint', insert: false })
  sequence!: string;

  @Field(() => VerdictEnum, { description: 'The reviewer’s verdict.' })
  @Column({ type: 'varchar' })
  verdict!: Verdict;

  @Field(() => VerdictEnum, { description: 'What the app suggested when they reviewed.' })
  @Column({ name: 'suggested_verdict', type: 'varchar' })
  suggestedVerdict!: Verdict;

  @Field({ description: 'The rule that produced the suggestion.' })
  @Column({ name: 'suggested_rule', type: 'varchar' })
  suggestedRule!: string;

  @Field({ description: 'true: the reviewer accepted the suggestion; false: they overrode it (with a reason).' })
  @Column({ type: 'boolean' })
  accepted!: boolean;

  @Field(() => String, { nullable: true, description: 'Why: required when overriding, optional when accepting.' })
  @Column({ type: 'varchar', nullable: true })
  reason!: string | null;

  /** A digest of the evidence the reviewer saw: a different digest now means the evidence changed since. */
  @Column({ name: 'evidence_fingerprint', type: 'char' })
  evidenceFingerprint!: string;

  @Field(() => String, { nullable: true, description: 'The latest date of any figure weighed when they reviewed (yyyy-mm-dd).' })
  @Column({ name: 'data_through', type: 'date', nullable: true })
  dataThrough!: string | null;

  @Column({ name: 'reviewer_user_id', type: 'uuid' })
  reviewerUserId!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'reviewed_at', type: 'timestamptz', insert: false })
  reviewedAt!: Date;
}
