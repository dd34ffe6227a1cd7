import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { PartnerRelationshipSummaryModel } from './models/relationship-summary.model';
import { RelationshipSummaryService } from './relationship-summary.service';

@Resolver(() => PartnerRelationshipSummaryModel)
export class RelationshipSummaryResolver {
  constructor(private readonly service: RelationshipSummaryService) {}

  @Query(() => PartnerRelationshipSummaryModel, {
    nullable: true,
    description: "One partner's relationship ratings, given and received, in aggregate for a month; hidden below the minimum group size. Null when the caller's system has no partner with that id.",
  })
  partnerRelationshipSummary(
    @CurrentCaller() caller: Caller,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('month', { type: () => String, nullable: true, description: 'yyyy-mm; the latest month with ratings when omitted.' }) month: string | null,
  ): Promise<PartnerRelationshipSummaryModel | null> {
    return this.service.summary(caller.systemId, organisationId, month);
  }
}
