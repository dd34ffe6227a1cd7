import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { ForumEntity } from '../forums/forum.entity';
import { ForumsLoaders } from '../forums/forums.loaders';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { DecisionParticipantEntity } from './decision-participant.entity';
import { DecisionVersionEntity } from './decision-version.entity';
import { DecisionsLoaders } from './decisions.loaders';
import { DecisionsService } from './decisions.service';
import { DecisionFilter } from './dto/decision-filter.input';
import { DecisionInput } from './dto/decision.input';
import { DecisionChangeModel, DecisionConnection, DecisionModel } from './models/decision.model';

const RECORDERS = ['ADMIN', 'LEADER', 'PLACE_LEAD'] as const;

@Resolver(() => DecisionModel)
export class DecisionsResolver {
  constructor(private readonly service: DecisionsService) {}

  @Query(() => DecisionConnection, { description: 'The decision log as it stands (each decision as amended), newest first, a page at a time.' })
  decisions(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => DecisionFilter, nullable: true }) filter: DecisionFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DecisionConnection> {
    return this.service.list(caller, filter, first, after);
  }

  @Query(() => DecisionModel, { nullable: true, description: 'One decision of the caller’s system; null when there is none with that id.' })
  decision(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<DecisionModel | null> {
    return this.service.get(caller.systemId, id);
  }

  @ResolveField(() => [DecisionVersionEntity], { description: 'Every version, the original (as recorded) first, then each amendment.' })
  versions(@CurrentCaller() caller: Caller, @Parent() decision: DecisionModel): Promise<DecisionVersionEntity[]> {
    return this.service.versions(caller.systemId, decision.id);
  }

  @ResolveField(() => [DecisionModel], { description: 'Later decisions that reopen this one.' })
  reopenedBy(@CurrentCaller() caller: Caller, @Parent() decision: DecisionModel): Promise<DecisionModel[]> {
    return this.service.reopenedBy(caller.systemId, decision.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may amend it: administrators and leaders always, place leads for their place’s forums.' })
  mayAmend(@CurrentCaller() caller: Caller, @Parent() decision: DecisionModel): Promise<boolean> {
    return this.service.mayRecordFor(caller, decision.current.forumId);
  }

  @Roles(...RECORDERS)
  @Mutation(() => DecisionModel, { description: 'Records a decision. Administrators and leaders for any forum; place leads for their place’s forums.' })
  recordDecision(@CurrentCaller() caller: Caller, @Args('input') input: DecisionInput): Promise<DecisionModel> {
    return this.service.record(caller, input);
  }

  @Roles(...RECORDERS)
  @Mutation(() => DecisionModel, {
    description: 'Amends a decision: a new version with the whole decision as it should read and why; the earlier versions are kept unchanged.',
  })
  amendDecision(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('basedOnVersion', { type: () => Int, description: 'The version the amendment was written against (refused if it is no longer the latest).' }) basedOnVersion: number,
    @Args('reason') reason: string,
    @Args('input') input: DecisionInput,
  ): Promise<DecisionModel> {
    return this.service.amend(caller, id, basedOnVersion, reason, input);
  }
}

@Resolver(() => DecisionVersionEntity)
export class DecisionVersionsResolver {
  constructor(
    private readonly service: DecisionsService,
    private readonly loaders: DecisionsLoaders,
    private readonly forums: ForumsLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @ResolveField(() => ForumEntity)
  forum(@Parent() version: DecisionVersionEntity, @Context() context: GqlContext): Promise<ForumEntity> {
    return this.forums.byId(context).load(version.forumId);
  }

  @ResolveField(() => OrganisationEntity, { nullable: true, description: 'The organisation that proposed it, if recorded.' })
  proposer(@Parent() version: DecisionVersionEntity, @Context() context: GqlContext): Promise<OrganisationEntity | null> {
    return version.proposerId ? this.organisations.byId(context).load(version.proposerId) : Promise.resolve(null);
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'The earlier decision this one reopens.' })
  reopens(@CurrentCaller() caller: Caller, @Parent() version: DecisionVersionEntity): Promise<DecisionModel | null> {
    return version.reopensId ? this.service.get(caller.systemId, version.reopensId) : Promise.resolve(null);
  }

  @ResolveField(() => [DecisionParticipantEntity], { description: 'Each organisation involved and how it took part.' })
  participants(@Parent() version: DecisionVersionEntity, @Context() context: GqlContext): Promise<DecisionParticipantEntity[]> {
    return this.loaders.participantsOf(context).load(version.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who recorded this version (the decision, or the amendment).' })
  author(@Parent() version: DecisionVersionEntity): Promise<string | null> {
    return this.service.authorName(version.authorUserId);
  }

  @ResolveField(() => [DecisionChangeModel], { description: 'What this amendment changed from the version before it; empty for the original.' })
  changes(@CurrentCaller() caller: Caller, @Parent() version: DecisionVersionEntity): Promise<DecisionChangeModel[]> {
    return this.service.changes(caller.systemId, version);
  }
}

@Resolver(() => DecisionParticipantEntity)
export class DecisionParticipantsResolver {
  constructor(private readonly organisations: OrganisationsLoaders) {}

  @ResolveField(() => OrganisationEntity)
  organisation(@Parent() participant: DecisionParticipantEntity, @Context() context: GqlContext): Promise<OrganisationEntity> {
    return this.organisations.byId(context).load(participant.organisationId);
  }
}
