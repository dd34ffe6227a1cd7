import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PracticeKey } from '@stewardship/domain';
import type { Movement, NetworkMeasure, Verdict, VerdictRuleKey } from '@stewardship/evidence';
import type { SpcRule } from '@stewardship/spc';
import { Connection } from '../../common/pagination';
import { PowerFigureEnum, type PowerFigure } from '../../power/models/power.model';
import { SpcRuleEnum } from '../../scores/models/practice-score.model';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { ClaimEntity } from '../claim.entity';
import { ClaimEvidenceEntity } from '../claim-evidence.entity';
import { ClaimEvidenceKindEnum, MovementEnum, NetworkMeasureEnum, VerdictEnum, VerdictRuleEnum, type ClaimEvidenceKind } from './claim-enums';

@ObjectType('ClaimConnection')
export class ClaimConnection extends Connection(ClaimEntity, 'Claim') {}

@ObjectType('ClaimPeriod', { description: 'A span of days, both ends included (yyyy-mm-dd).' })
export class ClaimPeriodModel {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType('ClaimEvidencePoint', { description: 'One value of a figure in the claim’s period or the period before (monthly figures are dated the first of their month).' })
export class ClaimEvidencePointModel {
  @Field()
  date!: string;

  @Field(() => Float)
  value!: number;

  @Field({ description: 'true in the claim’s period, false in the period before.' })
  inClaimPeriod!: boolean;
}

@ObjectType('ClaimEvidenceReading', {
  description: 'What one piece of evidence says about a claim (libs/evidence readEvidence; EVIDENCE_READING_HELP says how): its values in the claim’s period against the period before, and whether the change is a signal and points the way the claim says.',
})
export class ClaimEvidenceReadingModel {
  @Field({ description: 'Whether the figure was weighed for the suggested verdict: figures are; decisions and documents are cited.' })
  weighed!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether it points the way the claim says; null when it is not weighed or cannot be judged (not enough evidence).' })
  agrees!: boolean | null;

  @Field({ description: 'Whether the claim’s period shows a special cause against the period before’s process (otherwise noise).' })
  signal!: boolean;

  @Field({ description: 'The reading in words.' })
  reason!: string;

  @Field(() => Int)
  pointsBefore!: number;

  @Field(() => Int)
  pointsDuring!: number;

  @Field(() => Int, { description: 'Values in the two periods withheld to protect a small group.' })
  suppressedPoints!: number;

  @Field(() => Float, { nullable: true })
  meanBefore!: number | null;

  @Field(() => Float, { nullable: true })
  meanDuring!: number | null;

  @Field(() => Float, { nullable: true, description: 'The period before’s lower process limit, when judged.' })
  lowerLimit!: number | null;

  @Field(() => Float, { nullable: true, description: 'The period before’s upper process limit, when judged.' })
  upperLimit!: number | null;

  @Field(() => MovementEnum, { nullable: true, description: 'The movement that would agree with the claim; null when the figure has no better way and the claim is about better or worse.' })
  expected!: Movement | null;

  @Field(() => MovementEnum, { nullable: true, description: 'What the figure did: the way its latest signal points, or else its mean moved.' })
  movement!: Movement | 'same' | null;

  @Field(() => [String], { description: 'Dates in the claim’s period a special-cause rule flags.' })
  signalDates!: string[];

  @Field(() => [SpcRuleEnum])
  rules!: SpcRule[];

  @Field(() => [ClaimEvidencePointModel], { description: 'The values in both periods, oldest first: for a chart and its table.' })
  points!: ClaimEvidencePointModel[];
}

@ObjectType('ClaimEvidenceSummaryItem')
export class ClaimEvidenceSummaryItemModel {
  @Field(() => ClaimEvidenceEntity)
  evidence!: ClaimEvidenceEntity;

  @Field(() => ClaimEvidenceReadingModel)
  reading!: ClaimEvidenceReadingModel;
}

@ObjectType('ClaimEvidenceSummary', { description: 'The evidence read against the claim, and the verdict the app suggests from it by the rules in libs/evidence VERDICT_RULES.' })
export class ClaimEvidenceSummaryModel {
  @Field(() => VerdictEnum)
  suggestedVerdict!: Verdict;

  @Field({ description: 'The text of the rule that produced the suggestion.' })
  rule!: string;

  @Field(() => VerdictRuleEnum)
  ruleKey!: VerdictRuleKey;

  @Field(() => ClaimPeriodModel, { description: 'The period the claim’s period is compared with: just before it, of the same length.' })
  periodBefore!: ClaimPeriodModel;

  @Field(() => [ClaimEvidenceSummaryItemModel], { description: 'One per linked piece of evidence, in the order linked.' })
  items!: ClaimEvidenceSummaryItemModel[];

  @Field(() => String, { nullable: true, description: 'The latest date of any figure’s value (yyyy-mm-dd).' })
  dataThrough!: string | null;
}

@ObjectType('ProposedClaimEvidence', { description: 'A piece of evidence the app proposes for a claim, with what it would say: link it with linkClaimEvidence and the same fields.' })
export class ProposedClaimEvidenceModel {
  @Field(() => ClaimEvidenceKindEnum)
  kind!: ClaimEvidenceKind;

  @Field({ description: 'What it is, e.g. "Inclusion ratio, Brackenford".' })
  title!: string;

  @Field({ description: 'Why it bears on the claim.' })
  why!: string;

  @Field(() => ID, { nullable: true })
  decisionId!: string | null;

  @Field(() => PowerFigureEnum, { nullable: true })
  powerFigure!: PowerFigure | null;

  @Field(() => PracticeEnum, { nullable: true })
  practice!: PracticeKey | null;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => NetworkMeasureEnum, { nullable: true })
  networkMeasure!: NetworkMeasure | null;

  @Field(() => ClaimEvidenceReadingModel, { description: 'What it would say about the claim if linked.' })
  reading!: ClaimEvidenceReadingModel;
}
