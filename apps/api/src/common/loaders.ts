import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { ForumEntity } from '../forums/forum.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';

/** Per-request batch loaders: a page of 50 partners asks for their places in one query, not 50. */
export interface Loaders {
  placesByOrganisation: DataLoader<string, PlaceEntity[]>;
  placeById: DataLoader<string, PlaceEntity>;
  organisationById: DataLoader<string, OrganisationEntity>;
  personById: DataLoader<string, PersonEntity>;
  forumById: DataLoader<string, ForumEntity>;
}

/** Rows by id. Only ids read from the caller's own system's rows reach a loader, so it need not filter by system. */
function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, target: EntityTarget<T>) {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? new Error(`No row ${id}`));
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    placesByOrganisation: new DataLoader(async (organisationIds) => {
      const links: { organisation_id: string; place_id: string }[] = await dataSource.query(
        'select organisation_id, place_id from organisation_places where organisation_id = any($1)',
        [organisationIds],
      );
      const places = await dataSource.getRepository(PlaceEntity).find({ where: { id: In([...new Set(links.map((l) => l.place_id))]) }, order: { name: 'ASC' } });
      return organisationIds.map((id) => {
        const placeIds = new Set(links.filter((l) => l.organisation_id === id).map((l) => l.place_id));
        return places.filter((p) => placeIds.has(p.id));
      });
    }),
    placeById: byId(dataSource, PlaceEntity),
    organisationById: byId(dataSource, OrganisationEntity),
    personById: byId(dataSource, PersonEntity),
    forumById: byId(dataSource, ForumEntity),
  };
}
