import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller, GqlContext } from '../common/request-context';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { PlaceEntity } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { ForumInput } from './dto/forum.input';
import { SeatChangeInput, SeatInput } from './dto/seat.input';
import { ForumEntity } from './forum.entity';
import { ForumsLoaders } from './forums.loaders';
import { ForumsService } from './forums.service';
import { SeatEntity } from './seat.entity';

@Resolver(() => ForumEntity)
export class ForumsResolver {
  constructor(
    private readonly service: ForumsService,
    private readonly places: PlacesLoaders,
  ) {}

  @Query(() => [ForumEntity], { description: "Forums of the caller's system, by name." })
  forums(@CurrentCaller() caller: Caller, @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean): Promise<ForumEntity[]> {
    return this.service.listByName(caller.systemId, includeArchived);
  }

  @Query(() => ForumEntity, { nullable: true })
  forum(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ForumEntity | null> {
    return this.service.get(caller.systemId, id);
  }

  @ResolveField(() => PlaceEntity, { nullable: true })
  place(@Parent() forum: ForumEntity, @Context() context: GqlContext): Promise<PlaceEntity | null> {
    return forum.placeId ? this.places.byId(context).load(forum.placeId) : Promise.resolve(null);
  }

  @ResolveField(() => [SeatEntity], { description: 'Seats on the forum; ended seats too when includeEnded is true.' })
  seats(@Parent() forum: ForumEntity, @Args('includeEnded', { type: () => Boolean, defaultValue: false }) includeEnded: boolean): Promise<SeatEntity[]> {
    return this.service.seats(forum, includeEnded);
  }

  @Roles('ADMIN')
  @Mutation(() => ForumEntity)
  createForum(@CurrentCaller() caller: Caller, @Args('input') input: ForumInput): Promise<ForumEntity> {
    return this.service.create(caller, input);
  }

  @Roles('ADMIN')
  @Mutation(() => ForumEntity)
  updateForum(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('input') input: ForumInput): Promise<ForumEntity> {
    return this.service.update(caller, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => ForumEntity)
  archiveForum(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ForumEntity> {
    return this.service.setArchived(caller, id, true);
  }

  @Roles('ADMIN')
  @Mutation(() => ForumEntity)
  restoreForum(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ForumEntity> {
    return this.service.setArchived(caller, id, false);
  }

  @Roles('ADMIN')
  @Mutation(() => SeatEntity)
  addSeat(@CurrentCaller() caller: Caller, @Args('input') input: SeatInput): Promise<SeatEntity> {
    return this.service.addSeat(caller, input);
  }

  @Roles('ADMIN')
  @Mutation(() => SeatEntity, { description: "Changes a seat's vote or chair from a date; the old seat ends the day before, so history is kept." })
  changeSeat(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('input') input: SeatChangeInput): Promise<SeatEntity> {
    return this.service.changeSeat(caller, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => SeatEntity)
  endSeat(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('to') to: string): Promise<SeatEntity> {
    return this.service.endSeat(caller, id, to);
  }
}

@Resolver(() => SeatEntity)
export class SeatsResolver {
  constructor(
    private readonly forums: ForumsLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @ResolveField(() => ForumEntity)
  forum(@Parent() seat: SeatEntity, @Context() context: GqlContext): Promise<ForumEntity> {
    return this.forums.byId(context).load(seat.forumId);
  }

  @ResolveField(() => OrganisationEntity)
  organisation(@Parent() seat: SeatEntity, @Context() context: GqlContext): Promise<OrganisationEntity> {
    return this.organisations.byId(context).load(seat.organisationId);
  }
}

/** The seats a partner holds, from the partner's side. */
@Resolver(() => OrganisationEntity)
export class OrganisationSeatsResolver {
  constructor(private readonly service: ForumsService) {}

  @ResolveField(() => [SeatEntity], { description: 'Current seats on forums that are not archived.' })
  seats(@Parent() organisation: OrganisationEntity): Promise<SeatEntity[]> {
    return this.service.seatsOf(organisation);
  }
}
