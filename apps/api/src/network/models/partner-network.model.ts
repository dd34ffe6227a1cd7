import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { WeakLinkKind } from '@stewardship/network';
import type { SpcVariation } from '@stewardship/spc';
import { SpcVariationEnum } from '../../scores/models/practice-score.model';

export const WeakLinkKindEnum = { LOW_STRENGTH: 'LOW_STRENGTH', ONE_SIDED: 'ONE_SIDED', DECLINING: 'DECLINING', MISSING: 'MISSING', PERIPHERAL: 'PERIPHERAL' } as const satisfies {
  [K in WeakLinkKind]: K;
};
registerEnumType(WeakLinkKindEnum, { name: 'WeakLinkKind', description: 'Why a link is flagged as weak (libs/network weakLinks).' });

@ObjectType('NetworkNode', { description: "A partner in the month's network and its figures (libs/network networkMetrics)." })
export class NetworkNodeModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  name!: string;

  @Field()
  sector!: string;

  @Field(() => ID, { nullable: true, description: "The place network shown, or, in the whole system's, the partner's place when it serves exactly one." })
  placeId!: string | null;

  @Field(() => Int)
  degree!: number;

  @Field(() => Int)
  inDegree!: number;

  @Field(() => Int)
  outDegree!: number;

  @Field(() => Float)
  strength!: number;

  @Field(() => Float)
  betweenness!: number;

  @Field(() => Int)
  community!: number;

  @Field()
  articulationPoint!: boolean;

  @Field()
  isolate!: boolean;

  @Field(() => Float, { description: 'Kept layout position for this month (stable from month to month).' })
  x!: number;

  @Field(() => Float)
  y!: number;

  @Field(() => Int, { nullable: true, description: "Change since the previous month; null when the partner was not in the previous month's network." })
  degreeChange!: number | null;

  @Field(() => Float, { nullable: true })
  strengthChange!: number | null;

  @Field(() => Float, { nullable: true })
  betweennessChange!: number | null;
}

@ObjectType('NetworkTie', { description: "An undirected tie between two partners: each organisation's view of the other, never a person's." })
export class NetworkTieModel {
  @Field(() => ID, { description: 'sourceId|targetId with sourceId < targetId' })
  id!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => Float)
  strength!: number;

  @Field(() => Float, {
    nullable: true,
    description: "source's view of target (null when source did not rate target) and the reverse, with the number of ratings behind each",
  })
  forwardStrength!: number | null;

  @Field(() => Float, { nullable: true })
  backwardStrength!: number | null;

  @Field(() => Int)
  forwardRatings!: number;

  @Field(() => Int)
  backwardRatings!: number;

  @Field(() => Float, { nullable: true })
  reciprocityGap!: number | null;

  @Field()
  oneSided!: boolean;

  @Field()
  bridge!: boolean;

  @Field(() => Float, { nullable: true })
  strengthChange!: number | null;
}

@ObjectType('WeakLink', { description: 'A weak, one-sided, declining or missing link, or a peripheral partner, with the reason in words and the figures behind it.' })
export class WeakLinkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => WeakLinkKindEnum)
  kind!: WeakLinkKind;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID, { nullable: true, description: 'null for PERIPHERAL (a partner, not a pair)' })
  targetId!: string | null;

  @Field()
  reason!: string;
}

@ObjectType('SectorMixing', { description: "One sector's ties within and across sectors; the shares are null when the sector has fewer respondent organisations than the minimum group size." })
export class SectorMixingModel {
  @Field()
  sector!: string;

  @Field(() => Int)
  ties!: number;

  @Field(() => Float, { nullable: true })
  internalShare!: number | null;

  @Field(() => Float, { nullable: true })
  eiIndex!: number | null;
}

/** What every answer about a month's network says first: which month and network, and whether it is hidden and why. */
@ObjectType({ isAbstract: true })
export abstract class ShownNetworkMonth {
  @Field(() => String, { nullable: true, description: 'yyyy-mm shown; null when no month has ratings' })
  month!: string | null;

  @Field(() => ID, { nullable: true })
  placeId!: string | null;

  @Field(() => [String], { description: 'months with ratings, newest first' })
  ratedMonths!: string[];

  @Field()
  suppressed!: boolean;

  @Field(() => String, { nullable: true })
  suppressionReason!: string | null;
}

@ObjectType('PartnerNetwork', {
  description:
    "A month's partner network, for a place or the whole system. Hidden (suppressed, with nothing but the reason and the count) when built from fewer respondent organisations than the minimum group size.",
})
export class PartnerNetworkModel extends ShownNetworkMonth {
  @Field(() => Int)
  respondentOrganisations!: number;

  @Field(() => Float, { nullable: true })
  density!: number | null;

  @Field(() => Float, { nullable: true })
  reciprocity!: number | null;

  @Field(() => Float, { nullable: true })
  eiIndex!: number | null;

  @Field(() => Float, { nullable: true })
  communitySectorNmi!: number | null;

  @Field(() => Int)
  componentCount!: number;

  @Field(() => [NetworkNodeModel])
  nodes!: NetworkNodeModel[];

  @Field(() => [NetworkTieModel])
  ties!: NetworkTieModel[];

  @Field(() => [WeakLinkModel])
  weakLinks!: WeakLinkModel[];

  @Field(() => [SectorMixingModel])
  sectors!: SectorMixingModel[];
}

@ObjectType('NetworkMeasurePoint', { description: "One month of a partner's network measure and its XmR reading (see XMR_HELP); value null when that month's network is hidden." })
export class NetworkMeasurePointModel {
  @Field()
  month!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  processMean!: number | null;

  @Field(() => Float, { nullable: true })
  lowerLimit!: number | null;

  @Field(() => Float, { nullable: true })
  upperLimit!: number | null;

  @Field(() => SpcVariationEnum)
  variation!: SpcVariation;
}

@ObjectType('NetworkMeasureSeries', { description: 'One network measure of a partner month by month.' })
export class NetworkMeasureSeriesModel {
  @Field({ description: 'degree | strength | betweenness' })
  measure!: string;

  @Field(() => [NetworkMeasurePointModel], { description: 'One per month, oldest first.' })
  points!: NetworkMeasurePointModel[];

  @Field(() => String, { nullable: true, description: 'Why there are no process limits, when there are none.' })
  limitsNote!: string | null;
}

@ObjectType('PartnerNetworkPosition', { description: "A partner's position in the network it is seen in (the whole system's, or a place lead's place's), month by month." })
export class PartnerNetworkPositionModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  fromMonth!: string;

  @Field()
  toMonth!: string;

  @Field(() => [NetworkMeasureSeriesModel])
  series!: NetworkMeasureSeriesModel[];
}
