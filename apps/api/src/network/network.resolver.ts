import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { PartnerNetworkMapModel } from './models/partner-network-map.model';
import { PartnerNetworkModel, PartnerNetworkPositionModel } from './models/partner-network.model';
import { NetworkService } from './network.service';

@Resolver()
export class NetworkResolver {
  constructor(private readonly network: NetworkService) {}

  @Query(() => PartnerNetworkModel, {
    description:
      "month yyyy-mm (default: the newest rated month whose survey round has closed, else the newest rated month); placeId: a place's network (place leads: their place, unless granted the system view). Ties are organisations' views of partners, never a person's; notes are never served.",
  })
  partnerNetwork(
    @CurrentCaller() caller: Caller,
    @Args('month', { type: () => String, nullable: true }) month: string | null,
    @Args('placeId', { type: () => ID, nullable: true }) placeId: string | null,
  ): Promise<PartnerNetworkModel> {
    return this.network.network(caller, month, placeId);
  }

  @Query(() => PartnerNetworkMapModel, {
    description:
      "What the map of partnerNetwork's month draws, compact and read without the whole network, for a first draw: same arguments, default month and rights as partnerNetwork.",
  })
  partnerNetworkMap(
    @CurrentCaller() caller: Caller,
    @Args('month', { type: () => String, nullable: true }) month: string | null,
    @Args('placeId', { type: () => ID, nullable: true }) placeId: string | null,
  ): Promise<PartnerNetworkMapModel> {
    return this.network.map(caller, month, placeId);
  }

  @Query(() => PartnerNetworkPositionModel, {
    nullable: true,
    description:
      "A partner's degree, strength and betweenness month by month (at most 60 months, yyyy-mm), in the whole system's network, or a place lead's own place's unless granted the system view; null when that network has no such partner.",
  })
  partnerNetworkPosition(
    @CurrentCaller() caller: Caller,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('fromMonth') fromMonth: string,
    @Args('toMonth') toMonth: string,
  ): Promise<PartnerNetworkPositionModel | null> {
    return this.network.position(caller, organisationId, fromMonth, toMonth);
  }
}
