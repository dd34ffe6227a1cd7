import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SUMMARY_QUESTION_KEYS, type PracticeKey, type SummaryQuestionKey } from '@stewardship/domain';
import type { SpcRule, SpcVariation } from '@stewardship/spc';
import { PracticeEnum } from '../../surveys/models/survey-enums';
import { RebaseSuggestionModel, ScoreRebaseModel } from './score-rebase.model';

export const SpcRuleEnum = { outside: 'outside', shift: 'shift', trend: 'trend', twoOfThree: 'twoOfThree' } as const;
registerEnumType(SpcRuleEnum, { name: 'SpcRule', description: "Making Data Count's special-cause rules." });

export const SpcVariationEnum = { common: 'common', improvement: 'improvement', concern: 'concern', neitherHigh: 'neitherHigh', neitherLow: 'neitherLow' } as const;
registerEnumType(SpcVariationEnum, { name: 'SpcVariation' });

export const SummaryQuestionEnum = Object.fromEntries(SUMMARY_QUESTION_KEYS.map((k) => [k, k])) as { [K in SummaryQuestionKey]: K };
registerEnumType(SummaryQuestionEnum, { name: 'SummaryQuestion', description: 'The three summary questions: direction, alignment and commitment.' });

@ObjectType('PracticeScorePoint', { description: 'One month of one practice or summary question: the score summary (see SCORE_HELP) and its XmR reading (see XMR_HELP).' })
export class PracticeScorePointModel {
  @Field({ description: 'yyyy-mm' })
  month!: string;

  @Field()
  suppressed!: boolean;

  @Field(() => String, { nullable: true })
  suppressionReason!: string | null;

  @Field(() => Int, { nullable: true })
  n!: number | null;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  standardDeviation!: number | null;

  @Field(() => Float, { nullable: true })
  confidenceLower!: number | null;

  @Field(() => Float, { nullable: true })
  confidenceUpper!: number | null;

  @Field(() => [Int], { nullable: true, description: 'How many scored 1, 2, 3, 4 and 5.' })
  distribution!: number[] | null;

  @Field(() => Float, { nullable: true })
  movingRange!: number | null;

  @Field(() => Float, { nullable: true })
  processMean!: number | null;

  @Field(() => Float, { nullable: true })
  lowerLimit!: number | null;

  @Field(() => Float, { nullable: true })
  upperLimit!: number | null;

  @Field(() => [SpcRuleEnum])
  rules!: SpcRule[];

  @Field(() => SpcVariationEnum)
  variation!: SpcVariation;
}

/** What every charted question's series has: the six practices' and the summary questions'. */
@ObjectType({ isAbstract: true })
export abstract class ScoreSeriesFields {
  @Field()
  name!: string;

  @Field()
  shortHelp!: string;

  @Field(() => [PracticeScorePointModel], { description: 'One per month, oldest first, suppressed months included as gaps.' })
  points!: PracticeScorePointModel[];

  @Field(() => String, { nullable: true, description: 'Why there are no process limits, when there are none.' })
  limitsNote!: string | null;

  @Field(() => SpcVariationEnum, { nullable: true, description: 'The class of the latest month that is shown and charted; null when none can be judged.' })
  latestVariation!: SpcVariation | null;

  @Field(() => String, { nullable: true, description: 'The month latestVariation describes (yyyy-mm).' })
  latestMonth!: string | null;

  @Field(() => [ScoreRebaseModel], { description: "This view's active rebases within the months shown, oldest first: each starts a new period." })
  rebases!: ScoreRebaseModel[];

  @Field(() => RebaseSuggestionModel, { nullable: true, description: 'A sustained shift that suggests a rebase, unless dismissed for that month; read from the months shown.' })
  rebaseSuggestion!: RebaseSuggestionModel | null;
}

@ObjectType('PracticeScoreSeries')
export class PracticeScoreSeriesModel extends ScoreSeriesFields {
  @Field(() => PracticeEnum)
  practice!: PracticeKey;
}

@ObjectType('SummaryScoreSeries', { description: 'Direction, alignment or commitment by month, charted and protected as the practice scores are.' })
export class SummaryScoreSeriesModel extends ScoreSeriesFields {
  @Field(() => SummaryQuestionEnum)
  question!: SummaryQuestionKey;
}
