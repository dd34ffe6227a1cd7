import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { PlaceEntity } from './place.entity';

@Injectable()
export class PlacesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(systemId: string): Promise<PlaceEntity[]> {
    return this.dataSource.getRepository(PlaceEntity).find({ where: { systemId }, order: { name: 'ASC' } });
  }

  /** The ids among `ids` that are places of this system. */
  async existingIds(systemId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource.getRepository(PlaceEntity).find({ select: { id: true }, where: { systemId, id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }
}
