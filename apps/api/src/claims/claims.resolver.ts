import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canReadClaims, canRecordClaims, canReviewClaims, ROLES } from '@stewardship/domain';
import { CLAIM_DIRECTION_HELP, periodBefore, type Verdict } from '@stewardship/evidence';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { DecisionModel } from '../decisions/models/decision.model';
import { DecisionsService } from '../decisions/decisions.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { PlaceEntity } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { ClaimDocumentEntity } from './claim-document.entity';
import { ClaimEvidenceEntity } from './claim-evidence.entity';
import { ClaimVerdictEntity } from './claim-verdict.entity';
import { ClaimEntity } from './claim.entity';
import { ClaimsLoaders } from './claims.loaders';
import { claimDocumentPath, ClaimsService, readingModel } from './claims.service';
import { ClaimDocumentInput } from './dto/claim-document.input';
import { ClaimEvidenceInput } from './dto/claim-evidence.input';
import { ClaimFilter } from './dto/claim-filter.input';
import { ClaimInput } from './dto/claim.input';
import { ClaimStatusEnum, VerdictEnum, type ClaimStatus } from './models/claim-enums';
import { ClaimConnection, ClaimEvidenceSummaryModel, ClaimPeriodModel, ProposedClaimEvidenceModel } from './models/claim.model';

const READERS = ROLES.filter(canReadClaims);
const RECORDERS = ROLES.filter(canRecordClaims);
const REVIEWERS = ROLES.filter(canReviewClaims);

@Roles(...READERS)
@Resolver(() => ClaimEntity)
export class ClaimsResolver {
  constructor(
    private readonly service: ClaimsService,
    private readonly loaders: ClaimsLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly places: PlacesLoaders,
  ) {}

  @Query(() => ClaimConnection, {
    description:
      'Claims of the caller’s system, latest made first, a page at a time. Everyone but place leads reads them (a claim’s evidence may be the whole system’s or another place’s figures).',
  })
  async claims(
    @CurrentCaller() caller: Caller,
    @Context() context: GqlContext,
    @Args('filter', { type: () => ClaimFilter, nullable: true }) filter: ClaimFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ClaimConnection> {
    const { connection, reviews } = await this.service.list(caller, filter, first, after);
    const loader = this.loaders.reviewOf(context, caller);
    for (const { node } of connection.edges) {
      const review = reviews.get(node.id);
      if (review) loader.prime(node, review);
    }
    return connection;
  }

  @Query(() => ClaimEntity, { nullable: true, description: 'One claim of the caller’s system; null when there is none with that id.' })
  claim(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ClaimEntity | null> {
    return this.service.get(caller.systemId, id);
  }

  @Query(() => [ProposedClaimEvidenceModel], {
    description: 'Evidence the app proposes for a claim, not linked yet: figures bearing on its practices, place and period (with what each would say), and decisions of its period.',
  })
  proposedEvidence(@CurrentCaller() caller: Caller, @Args('claimId', { type: () => ID }) claimId: string): Promise<ProposedClaimEvidenceModel[]> {
    return this.service.proposedEvidence(caller, claimId);
  }

  @Query(() => String, { description: 'The claims the filter selects (all of them, not a page) as CSV, with each one’s suggested verdict, status and latest verdict.' })
  exportClaims(@CurrentCaller() caller: Caller, @Args('filter', { type: () => ClaimFilter, nullable: true }) filter: ClaimFilter | null): Promise<string> {
    return this.service.exportCsv(caller, filter);
  }

  @Roles(...RECORDERS)
  @Mutation(() => ClaimEntity, { description: 'Records a claim. Administrators, leaders and non-executives. Claims are never changed: one recorded wrongly is recorded again.' })
  recordClaim(@CurrentCaller() caller: Caller, @Args('input') input: ClaimInput): Promise<ClaimEntity> {
    return this.service.record(caller, input);
  }

  @Roles(...RECORDERS)
  @Mutation(() => ClaimEntity, {
    description: 'Links a piece of evidence of the caller’s own system to a claim, with a note; returns the claim (its summary now weighs it). Administrators, leaders and non-executives.',
  })
  linkClaimEvidence(@CurrentCaller() caller: Caller, @Args('input') input: ClaimEvidenceInput): Promise<ClaimEntity> {
    return this.service.linkEvidence(caller, input);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ClaimEntity, {
    description:
      'Gives a verdict on a claim: accept the suggested verdict (verdict must be it, as it stands now) or override it with a reason. Added to the claim’s history; earlier verdicts stay. Non-executives and leaders.',
  })
  reviewClaim(
    @CurrentCaller() caller: Caller,
    @Args('claimId', { type: () => ID }) claimId: string,
    @Args('verdict', { type: () => VerdictEnum }) verdict: Verdict,
    @Args('accept', { description: 'true to accept the suggested verdict; false to override it.' }) accept: boolean,
    @Args('reason', { type: () => String, nullable: true, description: 'Why: required when overriding.' }) reason: string | null,
  ): Promise<ClaimEntity> {
    return this.service.review(caller, claimId, verdict, accept, reason);
  }

  @Roles(...RECORDERS)
  @Mutation(() => ClaimDocumentEntity, {
    description: 'Attaches a document to a claim: PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx), up to 10 MB, checked by its content. Administrators, leaders and non-executives.',
  })
  attachClaimDocument(@CurrentCaller() caller: Caller, @Args('input') input: ClaimDocumentInput): Promise<ClaimDocumentEntity> {
    return this.service.attachDocument(caller, input);
  }

  @ResolveField(() => OrganisationEntity, { description: 'The organisation that made the claim.' })
  madeBy(@Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<OrganisationEntity> {
    return this.organisations.byId(context).load(claim.madeById);
  }

  @ResolveField(() => PlaceEntity, { nullable: true, description: 'The place it is about; null for the whole system.' })
  place(@Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<PlaceEntity | null> {
    return claim.placeId ? this.places.byId(context).load(claim.placeId) : Promise.resolve(null);
  }

  @ResolveField(() => [OrganisationEntity], { description: 'Partners it names.' })
  async partners(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<OrganisationEntity[]> {
    const ids = await this.service.partnerIds(caller.systemId, claim.id);
    return Promise.all(ids.map((id) => this.organisations.byId(context).load(id)));
  }

  @ResolveField(() => String, { nullable: true, description: 'Who recorded it.' })
  recordedByName(@Parent() claim: ClaimEntity): Promise<string | null> {
    return this.service.userName(claim.recordedBy);
  }

  @ResolveField(() => ClaimPeriodModel, { description: 'The period its figures are compared with: just before its own, of the same length (libs/evidence periodBefore).' })
  periodBefore(@Parent() claim: ClaimEntity): ClaimPeriodModel {
    return periodBefore(claim);
  }

  @ResolveField(() => String, { description: 'What its direction asserts, and what the evidence must show to bear it out (libs/evidence CLAIM_DIRECTION_HELP).' })
  directionMeaning(@Parent() claim: ClaimEntity): string {
    return CLAIM_DIRECTION_HELP[claim.direction].meaning;
  }

  @ResolveField(() => [ClaimEvidenceEntity], { description: 'The evidence linked to it, in the order linked.' })
  evidence(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity): Promise<ClaimEvidenceEntity[]> {
    return this.service.evidence(caller.systemId, claim.id);
  }

  @ResolveField(() => ClaimEvidenceSummaryModel, { description: 'Each piece of evidence read against the claim, and the suggested verdict with the rule that produced it.' })
  async evidenceSummary(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<ClaimEvidenceSummaryModel> {
    const { summary } = await this.loaders.reviewOf(context, caller).load(claim);
    return {
      suggestedVerdict: summary.suggestion.verdict,
      rule: summary.suggestion.rule,
      ruleKey: summary.suggestion.ruleKey,
      periodBefore: summary.periodBefore,
      items: summary.items.map((item) => ({ evidence: item.evidence, reading: readingModel(item) })),
      dataThrough: summary.dataThrough,
    };
  }

  @ResolveField(() => ClaimStatusEnum, { description: 'Awaiting review, reviewed, or evidence changed since review.' })
  async status(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<ClaimStatus> {
    return (await this.loaders.reviewOf(context, caller).load(claim)).status;
  }

  @ResolveField(() => Boolean, { description: 'Whether new data, an amended decision or new evidence has changed its evidence since the latest verdict.' })
  async evidenceChangedSinceReview(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<boolean> {
    return (await this.loaders.reviewOf(context, caller).load(claim)).status === 'CHANGED';
  }

  @ResolveField(() => [ClaimVerdictEntity], { description: 'Every verdict given, the first first: the history, never rewritten.' })
  verdicts(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity): Promise<ClaimVerdictEntity[]> {
    return this.service.verdicts(caller.systemId, claim.id);
  }

  @ResolveField(() => ClaimVerdictEntity, { nullable: true, description: 'The latest verdict; null while awaiting review.' })
  async latestVerdict(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity, @Context() context: GqlContext): Promise<ClaimVerdictEntity | null> {
    return (await this.loaders.reviewOf(context, caller).load(claim)).latestVerdict;
  }

  @ResolveField(() => [ClaimDocumentEntity], { description: 'Documents attached to it, oldest first.' })
  documents(@CurrentCaller() caller: Caller, @Parent() claim: ClaimEntity): Promise<ClaimDocumentEntity[]> {
    return this.service.documents(caller.systemId, claim.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may link evidence and attach documents: administrators, leaders and non-executives.' })
  mayLinkEvidence(@CurrentCaller() caller: Caller): boolean {
    return canRecordClaims(caller.role);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may give a verdict: non-executives and leaders.' })
  mayReview(@CurrentCaller() caller: Caller): boolean {
    return canReviewClaims(caller.role);
  }
}

@Resolver(() => ClaimEvidenceEntity)
export class ClaimEvidenceResolver {
  constructor(
    private readonly service: ClaimsService,
    private readonly decisions: DecisionsService,
    private readonly organisations: OrganisationsLoaders,
    private readonly places: PlacesLoaders,
  ) {}

  @ResolveField(() => String, { description: 'What it is, in words: "Inclusion ratio, Brackenford", a decision’s or document’s title.' })
  title(@CurrentCaller() caller: Caller, @Parent() evidence: ClaimEvidenceEntity): Promise<string> {
    return this.service.evidenceTitle(caller.systemId, evidence);
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'DECISION: the decision as it stands.' })
  decision(@CurrentCaller() caller: Caller, @Parent() evidence: ClaimEvidenceEntity): Promise<DecisionModel | null> {
    return evidence.decisionId ? this.decisions.get(caller.systemId, evidence.decisionId) : Promise.resolve(null);
  }

  @ResolveField(() => PlaceEntity, { nullable: true })
  place(@Parent() evidence: ClaimEvidenceEntity, @Context() context: GqlContext): Promise<PlaceEntity | null> {
    return evidence.placeId ? this.places.byId(context).load(evidence.placeId) : Promise.resolve(null);
  }

  @ResolveField(() => OrganisationEntity, { nullable: true, description: 'NETWORK_MEASURE: the partner.' })
  organisation(@Parent() evidence: ClaimEvidenceEntity, @Context() context: GqlContext): Promise<OrganisationEntity | null> {
    return evidence.organisationId ? this.organisations.byId(context).load(evidence.organisationId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who linked it.' })
  linkedByName(@Parent() evidence: ClaimEvidenceEntity): Promise<string | null> {
    return this.service.userName(evidence.linkedBy);
  }
}

@Resolver(() => ClaimVerdictEntity)
export class ClaimVerdictsResolver {
  constructor(private readonly service: ClaimsService) {}

  @ResolveField(() => String, { nullable: true, description: 'Who gave the verdict.' })
  reviewer(@Parent() verdict: ClaimVerdictEntity): Promise<string | null> {
    return this.service.userName(verdict.reviewerUserId);
  }
}

@Resolver(() => ClaimDocumentEntity)
export class ClaimDocumentsResolver {
  constructor(private readonly service: ClaimsService) {}

  @ResolveField(() => String, { description: 'Where to download it, signed in, as an attachment (a path on this server).' })
  downloadPath(@Parent() document: ClaimDocumentEntity): string {
    return claimDocumentPath(document.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who attached it.' })
  uploadedByName(@Parent() document: ClaimDocumentEntity): Promise<string | null> {
    return this.service.userName(document.uploadedBy);
  }
}

@Resolver(() => ProposedClaimEvidenceModel)
export class ProposedClaimEvidenceResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly organisations: OrganisationsLoaders,
    private readonly places: PlacesLoaders,
  ) {}

  @ResolveField(() => DecisionModel, { nullable: true })
  decision(@CurrentCaller() caller: Caller, @Parent() proposed: ProposedClaimEvidenceModel): Promise<DecisionModel | null> {
    return proposed.decisionId ? this.decisions.get(caller.systemId, proposed.decisionId) : Promise.resolve(null);
  }

  @ResolveField(() => PlaceEntity, { nullable: true })
  place(@Parent() proposed: ProposedClaimEvidenceModel, @Context() context: GqlContext): Promise<PlaceEntity | null> {
    return proposed.placeId ? this.places.byId(context).load(proposed.placeId) : Promise.resolve(null);
  }

  @ResolveField(() => OrganisationEntity, { nullable: true })
  organisation(@Parent() proposed: ProposedClaimEvidenceModel, @Context() context: GqlContext): Promise<OrganisationEntity | null> {
    return proposed.organisationId ? this.organisations.byId(context).load(proposed.organisationId) : Promise.resolve(null);
  }
}
