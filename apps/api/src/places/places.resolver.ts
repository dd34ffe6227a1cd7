import { Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../common/access.decorators';
import type { Caller } from '../common/request-context';
import { PlaceEntity } from './place.entity';
import { PlacesService } from './places.service';

@Resolver(() => PlaceEntity)
export class PlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @Query(() => [PlaceEntity], { description: "Places of the caller's system, by name." })
  places(@CurrentCaller() caller: Caller): Promise<PlaceEntity[]> {
    return this.service.list(caller.systemId);
  }
}
