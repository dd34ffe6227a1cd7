import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WeakLinkKind } from '@stewardship/network';
import { ShownNetworkMonth, WeakLinkKindEnum } from './partner-network.model';

@ObjectType('NetworkMapPartner', { description: 'A partner as the map draws it; its place in `partners` is the number ties and weak links refer to it by.' })
export class NetworkMapPartnerModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  name!: string;

  @Field()
  sector!: string;

  @Field(() => Float, { description: 'Kept layout position for this month (stable from month to month), to a hundredth of a layout unit.' })
  x!: number;

  @Field(() => Float)
  y!: number;

  @Field(() => Float, { description: 'Betweenness to four significant figures (exactly in partnerNetwork).' })
  betweenness!: number;

  @Field()
  articulationPoint!: boolean;
}

@ObjectType('NetworkMapTies', {
  description:
    "The month's undirected ties as columns: the tie at index i joins partners[sources[i]] and partners[targets[i]] (sources[i] < targets[i] by id), with strengths[i] and strengthChanges[i] (null when the tie is new since the previous month), each to three decimal places (exactly in partnerNetwork).",
})
export class NetworkMapTiesModel {
  @Field(() => [Int])
  sources!: number[];

  @Field(() => [Int])
  targets!: number[];

  @Field(() => [Float])
  strengths!: number[];

  @Field(() => [Float], { nullable: 'items' })
  strengthChanges!: (number | null)[];
}

@ObjectType('NetworkMapWeakLinks', {
  description:
    'The weak links of one kind as columns: each between partners[sources[i]] and partners[targets[i]] (targets[i] null for PERIPHERAL, a partner, not a pair). Their reasons are in partnerNetwork.',
})
export class NetworkMapWeakLinksModel {
  @Field(() => WeakLinkKindEnum)
  kind!: WeakLinkKind;

  @Field(() => [Int])
  sources!: number[];

  @Field(() => [Int], { nullable: 'items' })
  targets!: (number | null)[];
}

@ObjectType('PartnerNetworkMap', {
  description:
    "What the map of a month's partner network draws, in a compact form (a twentieth of partnerNetwork's size at 1,000 partners): partners with their kept positions, ties as columns of partner numbers and weak links as such columns by kind. Hidden as partnerNetwork is.",
})
export class PartnerNetworkMapModel extends ShownNetworkMonth {
  @Field(() => [NetworkMapPartnerModel])
  partners!: NetworkMapPartnerModel[];

  @Field(() => NetworkMapTiesModel)
  ties!: NetworkMapTiesModel;

  @Field(() => [NetworkMapWeakLinksModel], { description: 'One entry per kind of weak link the month has (libs/network order), in partnerNetwork\'s order within a kind.' })
  weakLinks!: NetworkMapWeakLinksModel[];
}
