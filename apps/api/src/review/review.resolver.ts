import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { PartnerNetworkMapModel } from '../network/models/partner-network-map.model';
import { NetworkService } from '../network/network.service';
import { MonthlyReviewModel } from './models/monthly-review.model';
import { ReviewService } from './review.service';

@Resolver(() => MonthlyReviewModel)
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly network: NetworkService,
  ) {}

  @Query(() => MonthlyReviewModel, {
    description:
      "The monthly review in one call: practice scores, what changed (signals first, noise labelled), the network in brief, power sharing, claims and suggested actions, each section saying why when it is missing. month yyyy-mm (default: the newest month whose survey round has closed); placeId: a place, or the whole system when empty. Place leads see their own place's.",
  })
  monthlyReview(
    @CurrentCaller() caller: Caller,
    @Args('month', { type: () => String, nullable: true }) month: string | null,
    @Args('placeId', { type: () => ID, nullable: true }) placeId: string | null,
  ): Promise<MonthlyReviewModel> {
    return this.review.monthlyReview(caller, month, placeId);
  }

  @ResolveField(() => PartnerNetworkMapModel, {
    nullable: true,
    description: "The map of the reviewed month's network (partnerNetworkMap), for the network section's small map; null when the section is missing.",
  })
  networkMap(@CurrentCaller() caller: Caller, @Parent() review: MonthlyReviewModel): Promise<PartnerNetworkMapModel> | null {
    return review.network.missingReason ? null : this.network.map(caller, review.month, review.placeId);
  }
}
