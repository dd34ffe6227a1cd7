import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { NetworkMeasure } from '@stewardship/evidence';
import { Column, Entity } from 'typeorm';
import { ClaimRow } from './claim-row';
import { PowerFigureEnum, type PowerFigure } from '../power/models/power.model';
import { PracticeEnum } from '../surveys/models/survey-enums';
import { ClaimEvidenceKindEnum, NetworkMeasureEnum, type ClaimEvidenceKind } from './models/claim-enums';

/** One piece of evidence linked to a claim, with who linked it, when and why. Links are never changed or removed. */
@ObjectType('ClaimEvidence', { description: 'A piece of evidence linked to a claim. Which reference fields are set depends on its kind.' })
@Entity('claim_evidence')
export class ClaimEvidenceEntity extends ClaimRow {
  @Field(() => ClaimEvidenceKindEnum)
  @Column({ type: 'varchar' })
  kind!: ClaimEvidenceKind;

  @Field(() => ID, { nullable: true, description: 'DECISION: the decision.' })
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Field(() => PowerFigureEnum, { nullable: true, description: 'POWER_INDICATOR: the figure.' })
  @Column({ name: 'power_figure', type: 'varchar', nullable: true })
  powerFigure!: PowerFigure | null;

  @Field(() => PracticeEnum, { nullable: true, description: 'PRACTICE_SCORE: the practice.' })
  @Column({ type: 'varchar', nullable: true })
  practice!: PracticeKey | null;

  @Field(() => ID, { nullable: true, description: "POWER_INDICATOR, PRACTICE_SCORE, NETWORK_MEASURE: the place whose figure it is; empty for the whole system (or, for a network measure, a partner's)." })
  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Field(() => ID, { nullable: true, description: "NETWORK_MEASURE: the partner whose measure it is (degree, strength, betweenness)." })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field(() => NetworkMeasureEnum, { nullable: true, description: 'NETWORK_MEASURE: the measure.' })
  @Column({ name: 'network_measure', type: 'varchar', nullable: true })
  networkMeasure!: NetworkMeasure | null;

  @Field(() => String, { nullable: true, description: 'DOCUMENT: its title.' })
  @Column({ name: 'document_title', type: 'varchar', nullable: true })
  documentTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'DOCUMENT: its web address.' })
  @Column({ name: 'document_url', type: 'varchar', nullable: true })
  documentUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it bears on the claim, in the words of whoever linked it.' })
  @Column({ type: 'varchar', nullable: true })
  note!: string | null;

  @Column({ name: 'linked_by', type: 'uuid' })
  linkedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'linked_at', type: 'timestamptz', insert: false })
  linkedAt!: Date;
}
