import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { requestLoader, rowsByIdLoader } from '../common/request-loaders';
import type { GqlContext } from '../common/request-context';
import { ForumEntity } from './forum.entity';

/** Forums by id for seat field resolvers: a partner's seats name their forums in one query. */
@Injectable()
export class ForumsLoaders {
  constructor(@InjectRepository(ForumEntity) private readonly forums: Repository<ForumEntity>) {}

  byId(context: GqlContext): DataLoader<string, ForumEntity> {
    return requestLoader(context, this, () => rowsByIdLoader(this.forums));
  }
}
