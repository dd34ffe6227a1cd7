import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { requestLoader, rowsByIdLoader } from '../common/request-loaders';
import type { GqlContext } from '../common/request-context';
import { PersonEntity } from './person.entity';

/** People by id for field resolvers across areas (a round's invitations name their people). */
@Injectable()
export class PeopleLoaders {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  byId(context: GqlContext): DataLoader<string, PersonEntity> {
    return requestLoader(context, this, () => rowsByIdLoader(this.people));
  }
}
