import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { PlaceEntity } from '../places/place.entity';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationInput } from './dto/organisation.input';
import { OrganisationConnection } from './models/organisation-connection.model';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationEntity)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loaders: OrganisationsLoaders,
  ) {}

  @Query(() => OrganisationConnection, { description: "Partners of the caller's system, ordered by name, a page at a time." })
  organisations(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter: OrganisationFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OrganisationConnection> {
    return this.service.list(caller.systemId, filter, first, after);
  }

  @Query(() => OrganisationEntity, { nullable: true, description: "One partner of the caller's system; null when there is none with that id." })
  organisation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<OrganisationEntity | null> {
    return this.service.get(caller.systemId, id);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationEntity)
  createOrganisation(@CurrentCaller() caller: Caller, @Args('input') input: OrganisationInput): Promise<OrganisationEntity> {
    return this.service.create(caller, input);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationEntity)
  updateOrganisation(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganisationInput,
  ): Promise<OrganisationEntity> {
    return this.service.update(caller, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationEntity, { description: 'Archives a partner: it leaves pickers and lists but keeps its history.' })
  archiveOrganisation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<OrganisationEntity> {
    return this.service.setArchived(caller, id, true);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationEntity, { description: 'Brings an archived partner back.' })
  restoreOrganisation(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<OrganisationEntity> {
    return this.service.setArchived(caller, id, false);
  }

  @ResolveField(() => [PlaceEntity])
  places(@Parent() organisation: OrganisationEntity, @Context() context: GqlContext): Promise<PlaceEntity[]> {
    return this.loaders.placesOf(context).load(organisation.id);
  }
}
