import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { PlaceInput } from './dto/place.input';
import { PlaceEntity } from './place.entity';
import { PlacesService } from './places.service';

@Resolver(() => PlaceEntity)
export class PlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @Query(() => [PlaceEntity], { description: "Places of the caller's system, by name." })
  places(
    @CurrentCaller() caller: Caller,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<PlaceEntity[]> {
    return this.service.listByName(caller.systemId, includeArchived);
  }

  @Query(() => PlaceEntity, { nullable: true, description: "One place of the caller's system; null when there is none with that id." })
  place(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PlaceEntity | null> {
    return this.service.get(caller.systemId, id);
  }

  @Roles('ADMIN')
  @Mutation(() => PlaceEntity)
  createPlace(@CurrentCaller() caller: Caller, @Args('input') input: PlaceInput): Promise<PlaceEntity> {
    return this.service.create(caller, input);
  }

  @Roles('ADMIN')
  @Mutation(() => PlaceEntity)
  updatePlace(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('input') input: PlaceInput): Promise<PlaceEntity> {
    return this.service.update(caller, id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => PlaceEntity)
  archivePlace(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PlaceEntity> {
    return this.service.setArchived(caller, id, true);
  }

  @Roles('ADMIN')
  @Mutation(() => PlaceEntity)
  restorePlace(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<PlaceEntity> {
    return this.service.setArchived(caller, id, false);
  }
}
