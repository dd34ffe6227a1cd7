import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTION_RULES, CHANGE_READING_LABELS, CHANGE_READINGS, type ActionReferenceKind, type ActionRuleKey, type ChangeReading, type ReviewArea } from '@stewardship/actions';
import type { PracticeKey } from '@stewardship/domain';
import type { WeakLinkKind } from '@stewardship/network';
import type { SpcVariation } from '@stewardship/spc';
import { WeakLinkKindEnum } from '../../network/models/partner-network.model';
import { PowerFigureEnum, PowerPointModel, TooCosyWarningModel, type PowerFigure } from '../../power/models/power.model';
import { PracticeScorePointModel, SpcVariationEnum } from '../../scores/models/practice-score.model';
import { PracticeEnum } from '../../surveys/models/survey-enums';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ReviewAreaEnum = enumOf<ReviewArea>(['PRACTICE', 'POWER', 'NETWORK']);
registerEnumType(ReviewAreaEnum, { name: 'ReviewArea', description: 'The part of the review a figure belongs to.' });

export const ChangeReadingEnum = enumOf(CHANGE_READINGS);
registerEnumType(ChangeReadingEnum, {
  name: 'ChangeReading',
  description: "How a figure's month reads on its XmR chart (libs/actions readFigure): special-cause signals, common-cause noise, or not judged.",
  valuesMap: Object.fromEntries(CHANGE_READINGS.map((r) => [r, { description: CHANGE_READING_LABELS[r] }])) as Record<ChangeReading, { description: string }>,
});

export const ActionRuleEnum = enumOf(ACTION_RULES.map((rule) => rule.key));
registerEnumType(ActionRuleEnum, {
  name: 'ActionRule',
  description: 'The rule of libs/actions ACTION_RULES that suggested an action.',
  valuesMap: Object.fromEntries(ACTION_RULES.map((rule) => [rule.key, { description: rule.text }])) as Record<ActionRuleKey, { description: string }>,
});

export const ActionReferenceKindEnum = enumOf<ActionReferenceKind>(['PRACTICE', 'POWER_FIGURE', 'ORGANISATION', 'TIE', 'WEAK_LINK', 'CLAIM', 'SECTOR']);
registerEnumType(ActionReferenceKindEnum, { name: 'ActionReferenceKind', description: 'What an action cites: the page links a practice, power figure, partner, tie, weak link, claim or sector.' });

@ObjectType('ReviewPracticeScore', { description: "One practice's score for the month (as practiceScores serves it) with its recent series for a sparkline and what changed." })
export class ReviewPracticeScoreModel {
  @Field(() => PracticeEnum)
  practice!: PracticeKey;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true, description: 'The mean score; null when hidden or nobody answered.' })
  value!: number | null;

  @Field(() => Int, { nullable: true })
  n!: number | null;

  @Field(() => Float, { nullable: true })
  confidenceLower!: number | null;

  @Field(() => Float, { nullable: true })
  confidenceUpper!: number | null;

  @Field(() => SpcVariationEnum, { nullable: true, description: "The month's XmR variation; null when the month is not charted." })
  variation!: SpcVariation | null;

  @Field(() => String, { nullable: true, description: 'Why the score is hidden (disclosure control), when it is.' })
  suppressionReason!: string | null;

  @Field({ description: 'What changed, in one line (libs/actions readFigure).' })
  line!: string;

  @Field(() => [PracticeScorePointModel], { description: 'The months up to the one reviewed, oldest first, as practiceScores serves them.' })
  series!: PracticeScorePointModel[];
}

@ObjectType('ReviewPracticeScores')
export class ReviewPracticeScoresModel {
  @Field(() => String, { nullable: true, description: 'Why there are no scores for the month, when there are none.' })
  missingReason!: string | null;

  @Field(() => [ReviewPracticeScoreModel])
  scores!: ReviewPracticeScoreModel[];
}

@ObjectType('ReviewChange', { description: 'A figure that moved since its previous month with a value, and whether the move is a signal or noise.' })
export class ReviewChangeModel {
  @Field(() => ReviewAreaEnum)
  area!: ReviewArea;

  @Field({ description: 'A practice key, a power figure or a network measure.' })
  key!: string;

  @Field()
  label!: string;

  @Field()
  month!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  previousMonth!: string | null;

  @Field(() => Float, { nullable: true })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true })
  change!: number | null;

  @Field(() => ChangeReadingEnum)
  reading!: ChangeReading;

  @Field({ description: 'A special-cause signal; false for common-cause noise and figures not judged.' })
  signal!: boolean;

  @Field(() => Int, { nullable: true, description: 'Charted months in a row, up to this one, on the same side of the mean.' })
  monthsOnSide!: number | null;

  @Field()
  line!: string;
}

@ObjectType('ReviewChanges')
export class ReviewChangesModel {
  @Field(() => String, { nullable: true })
  missingReason!: string | null;

  @Field(() => [ReviewChangeModel], { description: 'Special-cause signals first (concern, improvement, neither), then common-cause noise, then figures not judged.' })
  changes!: ReviewChangeModel[];
}

@ObjectType('WeakLinkCount')
export class WeakLinkCountModel {
  @Field(() => WeakLinkKindEnum)
  kind!: WeakLinkKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ReviewWeakLink', { description: 'One of the most serious weak links of the month (libs/actions networkSnapshot).' })
export class ReviewWeakLinkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => WeakLinkKindEnum)
  kind!: WeakLinkKind;

  @Field(() => ID)
  sourceId!: string;

  @Field()
  sourceName!: string;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  targetName!: string | null;

  @Field()
  reason!: string;

  @Field(() => [WeakLinkKindEnum], { description: 'The other kinds the same pair is flagged under.' })
  alsoFlagged!: WeakLinkKind[];
}

@ObjectType('ReviewIsolate', { description: 'A partner with no tie this month that had ties the month before.' })
export class ReviewIsolateModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  previousDegree!: number;
}

@ObjectType('ReviewBrokenBridge', { description: 'A tie that was a bridge the month before and has no rating either way now.' })
export class ReviewBrokenBridgeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field()
  sourceName!: string;

  @Field(() => ID)
  targetId!: string;

  @Field()
  targetName!: string;
}

@ObjectType('ReviewNetwork', { description: "The month's partner network in brief (from partnerNetwork); not the map." })
export class ReviewNetworkModel {
  @Field(() => String, { nullable: true })
  missingReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The rated month compared with (new isolates, broken bridges); null when none.' })
  previousMonth!: string | null;

  @Field(() => Int, { nullable: true })
  respondentOrganisations!: number | null;

  @Field(() => Int, { nullable: true })
  partners!: number | null;

  @Field(() => Int, { nullable: true })
  ties!: number | null;

  @Field(() => [WeakLinkCountModel])
  weakLinkCounts!: WeakLinkCountModel[];

  @Field(() => [ReviewWeakLinkModel])
  mostSerious!: ReviewWeakLinkModel[];

  @Field(() => [ReviewIsolateModel])
  newIsolates!: ReviewIsolateModel[];

  @Field(() => [ReviewBrokenBridgeModel])
  brokenBridges!: ReviewBrokenBridgeModel[];
}

@ObjectType('ReviewPowerFigure', { description: "A power-sharing figure's month (as powerSeries serves it) with its trend and what changed." })
export class ReviewPowerFigureModel {
  @Field(() => PowerFigureEnum)
  figure!: PowerFigure;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Null in a month without the cases it counts.' })
  value!: number | null;

  @Field(() => SpcVariationEnum, { nullable: true })
  variation!: SpcVariation | null;

  @Field()
  line!: string;

  @Field(() => [PowerPointModel], { description: 'The months up to the one reviewed, oldest first.' })
  trend!: PowerPointModel[];
}

@ObjectType('ReviewPower')
export class ReviewPowerModel {
  @Field(() => String, { nullable: true })
  missingReason!: string | null;

  @Field()
  fromMonth!: string;

  @Field()
  toMonth!: string;

  @Field(() => [ReviewPowerFigureModel])
  figures!: ReviewPowerFigureModel[];

  @Field(() => TooCosyWarningModel)
  tooCosy!: TooCosyWarningModel;
}

@ObjectType('ReviewClaim')
export class ReviewClaimModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field({ description: 'yyyy-mm-dd' })
  madeOn!: string;
}

@ObjectType('ReviewClaims', { description: 'Claims as they stand now (not as of the month): awaiting a verdict, and reviewed ones whose evidence has changed since.' })
export class ReviewClaimsModel {
  @Field(() => String, { nullable: true })
  missingReason!: string | null;

  @Field(() => Int)
  awaitingReviewCount!: number;

  @Field(() => [ReviewClaimModel], { description: 'The 20 latest made at most, listed oldest first.' })
  awaitingReview!: ReviewClaimModel[];

  @Field(() => Int)
  evidenceChangedCount!: number;

  @Field(() => [ReviewClaimModel], { description: 'The 20 latest made at most, listed oldest first.' })
  evidenceChanged!: ReviewClaimModel[];
}

@ObjectType('ActionFigure')
export class ActionFigureModel {
  @Field()
  label!: string;

  @Field()
  value!: string;
}

@ObjectType('ActionReference', { description: 'A record or figure an action rests on, for the page to link.' })
export class ActionReferenceModel {
  @Field(() => ActionReferenceKindEnum)
  kind!: ActionReferenceKind;

  @Field({ description: "The record's id, or the figure's key (practice, power figure, sector)." })
  id!: string;

  @Field()
  label!: string;
}

@ObjectType('SuggestedAction')
export class SuggestedActionModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => ActionRuleEnum)
  rule!: ActionRuleKey;

  @Field()
  text!: string;

  @Field(() => [ActionFigureModel])
  figures!: ActionFigureModel[];

  @Field(() => [ActionReferenceModel])
  references!: ActionReferenceModel[];
}

@ObjectType('ActionRuleHelp', { description: 'One rule of libs/actions ACTION_RULES, in the order they rank.' })
export class ActionRuleHelpModel {
  @Field(() => ActionRuleEnum)
  key!: ActionRuleKey;

  @Field()
  title!: string;

  @Field()
  text!: string;
}

@ObjectType('ReviewActions')
export class ReviewActionsModel {
  @Field(() => String, { nullable: true })
  missingReason!: string | null;

  @Field(() => [SuggestedActionModel], { description: 'At most five, ranked.' })
  actions!: SuggestedActionModel[];

  @Field(() => [ActionRuleHelpModel], { description: 'Every rule, for the help text.' })
  rules!: ActionRuleHelpModel[];
}

@ObjectType('MonthlyReview', { description: "A month's review for a place or the whole system: each section with why it is missing, when it is." })
export class MonthlyReviewModel {
  @Field({ description: 'yyyy-mm reviewed.' })
  month!: string;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => String, { nullable: true })
  placeName!: string | null;

  @Field({ description: "Whether the month's survey round has closed." })
  roundClosed!: boolean;

  @Field({
    description:
      "When the review's figures (every section but the claims, which are read as they stand) were computed, ISO 8601: they are kept and served again until the data they were built from changes.",
  })
  figuresComputedAt!: string;

  @Field(() => ReviewPracticeScoresModel)
  practiceScores!: ReviewPracticeScoresModel;

  @Field(() => ReviewChangesModel)
  changes!: ReviewChangesModel;

  @Field(() => ReviewNetworkModel)
  network!: ReviewNetworkModel;

  @Field(() => ReviewPowerModel)
  power!: ReviewPowerModel;

  @Field(() => ReviewClaimsModel)
  claims!: ReviewClaimsModel;

  @Field(() => ReviewActionsModel)
  actions!: ReviewActionsModel;
}
