import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Sector } from '@stewardship/domain';
import { POWER_FIGURES, type PowerFigure, type RepresentationFlag } from '@stewardship/power';
import type { SpcRule, SpcVariation } from '@stewardship/spc';
import { SectorEnum } from '../../common/graphql-enums';
import { SpcRuleEnum, SpcVariationEnum } from '../../scores/models/practice-score.model';

export const RepresentationFlagEnum = { under: 'under', over: 'over' } as const;
registerEnumType(RepresentationFlagEnum, { name: 'RepresentationFlag', description: 'Under-represented below 0.8, over-represented above 1.25 (see POWER_DEFINITIONS).' });

export { POWER_FIGURES, type PowerFigure };
export const PowerFigureEnum = Object.fromEntries(POWER_FIGURES.map((figure) => [figure, figure])) as { [F in PowerFigure]: F };
registerEnumType(PowerFigureEnum, { name: 'PowerFigure', description: 'A power-sharing figure, named as libs/power names it.' });

@ObjectType('SectorRepresentation', { description: "One sector's seats and votes against its weight on the period's last day; shares and ratios are null where their denominator is 0." })
export class SectorRepresentationModel {
  @Field(() => SectorEnum)
  sector!: Sector;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  votingSeats!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { nullable: true })
  seatShare!: number | null;

  @Field(() => Float, { nullable: true })
  voteShare!: number | null;

  @Field(() => Float, { nullable: true })
  weightShare!: number | null;

  @Field(() => Float, { nullable: true })
  seatRatio!: number | null;

  @Field(() => Float, { nullable: true })
  voteRatio!: number | null;

  @Field(() => RepresentationFlagEnum, { nullable: true })
  seatFlag!: RepresentationFlag;

  @Field(() => RepresentationFlagEnum, { nullable: true })
  voteFlag!: RepresentationFlag;
}

@ObjectType('PowerIndicators', { description: 'The power-sharing figures over a period (libs/power powerIndicators); a figure is null where its denominator is 0, never 0.' })
export class PowerIndicatorsModel {
  @Field(() => ID, { nullable: true, description: 'The place the figures cover; empty for the whole system.' })
  placeId!: string | null;

  @Field({ description: 'First day (yyyy-mm-dd).' })
  from!: string;

  @Field({ description: 'Last day (yyyy-mm-dd).' })
  to!: string;

  @Field(() => Int)
  decisionCount!: number;

  @Field(() => Float, { nullable: true })
  inclusionRatio!: number | null;

  @Field(() => Float, { nullable: true })
  outsideForumShare!: number | null;

  @Field(() => Float, { nullable: true })
  deputiesWithoutAuthorityShare!: number | null;

  @Field(() => Float, { nullable: true })
  proposerHhi!: number | null;

  @Field(() => Float, { nullable: true })
  proposerGini!: number | null;

  @Field(() => Float, { nullable: true })
  reopenedShare!: number | null;

  @Field(() => Float, { nullable: true })
  dissentRate!: number | null;

  @Field(() => Float, { nullable: true })
  conflictSurfacedRate!: number | null;

  @Field(() => [SectorRepresentationModel], { description: 'Every sector of the vocabulary, those without seats included.' })
  representation!: SectorRepresentationModel[];
}

@ObjectType('PowerPoint', { description: 'One month of one figure and its XmR reading (see XMR_HELP); value null for a month without the cases it counts.' })
export class PowerPointModel {
  @Field({ description: 'yyyy-mm' })
  month!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

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

@ObjectType('PowerFigureSeries', { description: 'One figure month by month, read as an XmR chart over the months that have a value.' })
export class PowerFigureSeriesModel {
  @Field(() => PowerFigureEnum)
  figure!: PowerFigure;

  @Field(() => [PowerPointModel], { description: 'One per month, oldest first; months without a value are gaps.' })
  points!: PowerPointModel[];

  @Field(() => String, { nullable: true, description: 'Why there are no process limits, when there are none.' })
  limitsNote!: string | null;

  @Field(() => SpcVariationEnum, { nullable: true, description: 'The class of the latest month with a value; null when none.' })
  latestVariation!: SpcVariation | null;

  @Field(() => String, { nullable: true, description: 'The month latestVariation describes (yyyy-mm).' })
  latestMonth!: string | null;
}

@ObjectType('TooCosyWarning', { description: 'Recorded dissent, or conflict surfaced, zero in each of the last `months` months ending at the latest month (libs/power tooCosyWarning).' })
export class TooCosyWarningModel {
  @Field()
  warning!: boolean;

  @Field(() => Int, { description: 'The run of zero months that raises the warning.' })
  months!: number;

  @Field(() => String, { nullable: true })
  latestMonth!: string | null;

  @Field()
  dissentWarning!: boolean;

  @Field(() => [String], { description: 'The months in a row, ending at the latest, with no recorded dissent (oldest first).' })
  dissentMonths!: string[];

  @Field()
  conflictSurfacedWarning!: boolean;

  @Field(() => [String], { description: 'The months in a row, ending at the latest, with no conflict surfaced (oldest first).' })
  conflictSurfacedMonths!: string[];
}

@ObjectType('PowerSeries', { description: 'Each power-sharing figure month by month with its XmR reading, and the "too cosy" warning.' })
export class PowerSeriesModel {
  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field()
  fromMonth!: string;

  @Field()
  toMonth!: string;

  @Field(() => [PowerFigureSeriesModel])
  figures!: PowerFigureSeriesModel[];

  @Field(() => TooCosyWarningModel)
  tooCosy!: TooCosyWarningModel;
}
