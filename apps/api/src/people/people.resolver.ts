import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { PeopleFilter, PersonInput } from './dto/person.input';
import { PersonConnection } from './models/person-connection.model';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';

@Resolver(() => PersonEntity)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @Query(() => PersonConnection, { description: "People who represent partners of the caller's system, by name, a page at a time." })
  people(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => PeopleFilter, nullable: true }) filter: PeopleFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PersonConnection> {
    return this.service.list(caller.systemId, filter, first, after);
  }

  @Query(() => PersonEntity, { nullable: true })
  person(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PersonEntity | null> {
    return this.service.get(caller.systemId, id);
  }

  @ResolveField(() => OrganisationEntity)
  organisation(@Parent() person: PersonEntity, @Context() context: GqlContext): Promise<OrganisationEntity> {
    return this.organisations.byId(context).load(person.organisationId);
  }

  @Roles('ADMIN')
  @Mutation(() => PersonEntity)
  createPerson(@CurrentCaller() caller: Caller, @Args('input') input: PersonInput): Promise<PersonEntity> {
    return this.service.create(caller, input);
  }

  @Roles('ADMIN')
  @Mutation(() => PersonEntity)
  updatePerson(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('input') input: PersonInput): Promise<PersonEntity> {
    return this.service.update(caller, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => PersonEntity)
  archivePerson(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PersonEntity> {
    return this.service.setArchived(caller, id, true);
  }

  @Roles('ADMIN')
  @Mutation(() => PersonEntity)
  restorePerson(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PersonEntity> {
    return this.service.setArchived(caller, id, false);
  }
}

@Resolver(() => PersonConnection)
export class PersonConnectionResolver {
  constructor(private readonly service: PeopleService) {}

  @ResolveField(() => [ID], { description: 'The ids of everyone the filter matches, in name order, not only this page: what "select all that match" selects.' })
  matchingIds(@CurrentCaller() caller: Caller, @Parent() page: PersonConnection): Promise<string[]> {
    return this.service.matchingIds(caller.systemId, page.filter);
  }
}
