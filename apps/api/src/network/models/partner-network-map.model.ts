import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WeakLinkKind } from '@stewardship/network';
import { ShownNetworkMonth, WeakLinkKindEnum } from './partner-network.model';

@ObjectType('NetworkMapPartners', {
  description:
    "The month's partners as columns: partner i is organisationIds[i], named names[i], in sectors[i], at (xs[i], ys[i]); i is the number ties and weak links refer to it by.",
})
export class NetworkMapPartnersModel {
  @Field(() => [ID])
  organisationIds!: string[];

  @Field(() => [String])
  names!: string[];

  @Field(() => [String])
  sectors!: string[];

  @Field(() => [Float], { description: 'Kept layout positions for this month (stable from month to month), to a hundredth of a layout unit.' })
  xs!: number[];

  @Field(() => [Float])
  ys!: number[];

  @Field(() => [Float], { description: 'Betweenness to four significant figures (exactly in partnerNetwork).' })
  betweenness!: number[];

  @Field(() => [Int], { description: 'The numbers of the partners whose departure would split the network (articulation points).' })
  articulationPoints!: number[];
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
    "What the map of a month's partner network draws, in a compact form (a twentieth of partnerNetwork's size at 1,000 partners): partners with their kept positions, ties and weak links (by kind) as columns of partner numbers: columns, not objects, so a month of 1,000 partners is a few arrays to send and read. Hidden as partnerNetwork is.",
})
export class PartnerNetworkMapModel extends ShownNetworkMonth {
  @Field(() => NetworkMapPartnersModel)
  partners!: NetworkMapPartnersModel;

  @Field(() => NetworkMapTiesModel)
  ties!: NetworkMapTiesModel;

  @Field(() => [NetworkMapWeakLinksModel], { description: 'One entry per kind of weak link the month has (libs/network order), in partnerNetwork\'s order within a kind.' })
  weakLinks!: NetworkMapWeakLinksModel[];
}
