import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PlaceEntity } from '../places/place.entity';

/** Per-request batch loaders: a page of 50 partners asks for their places in one query, not 50. */
export interface Loaders {
  placesByOrganisation: DataLoader<string, PlaceEntity[]>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    placesByOrganisation: new DataLoader(async (organisationIds) => {
      const rows: (PlaceEntity & { organisationId: string })[] = await dataSource
        .getRepository(PlaceEntity)
        .createQueryBuilder('p')
        .innerJoin('organisation_places', 'op', 'op.place_id = p.id')
        .addSelect('op.organisation_id', 'organisationId')
        .where('op.organisation_id = any(:ids)', { ids: organisationIds })
        .orderBy('p.name')
        .getRawAndEntities()
        .then(({ raw, entities }) => entities.map((place, i) => ({ ...place, organisationId: raw[i].organisationId })));
      return organisationIds.map((id) => rows.filter((row) => row.organisationId === id).map(({ organisationId: _, ...place }) => place as PlaceEntity));
    }),
  };
}
