import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { requestLoader, rowsByIdLoader } from '../common/request-loaders';
import type { GqlContext } from '../common/request-context';
import { PlaceEntity } from './place.entity';

/** Places by id for field resolvers across areas: a page of forums asks for their places in one query. */
@Injectable()
export class PlacesLoaders {
  constructor(@InjectRepository(PlaceEntity) private readonly places: Repository<PlaceEntity>) {}

  byId(context: GqlContext): DataLoader<string, PlaceEntity> {
    return requestLoader(context, this, () => rowsByIdLoader(this.places));
  }
}
