import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader } from '../common/request-loaders';
import type { Caller, GqlContext } from '../common/request-context';
import type { ClaimEntity } from './claim.entity';
import { ClaimsService, type ClaimReview } from './claims.service';

/**
 * Each claim's evidence summary and status, once per request: a page of claims asking for their statuses is
 * summarised in one batch, reading each source once (ClaimEvidenceGatherer).
 */
@Injectable()
export class ClaimsLoaders {
  constructor(private readonly claims: ClaimsService) {}

  reviewOf(context: GqlContext, caller: Caller): DataLoader<ClaimEntity, ClaimReview, string> {
    return requestLoader(context, this, () => new DataLoader<ClaimEntity, ClaimReview, string>((claims) => this.claims.reviews(caller, claims), { cacheKeyFn: (claim) => claim.id }));
  }
}
