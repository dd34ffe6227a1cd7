import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { requestLoader, rowsByIdLoader } from '../common/request-loaders';
import type { GqlContext } from '../common/request-context';
import type { PlaceEntity } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { OrganisationPlaceEntity } from './organisation-place.entity';
import { OrganisationEntity } from './organisation.entity';

const PLACES_OF = Symbol('placesOfOrganisation');

/** Partners by id, and the places each partner serves: a page of 50 partners asks for their places in one query. */
@Injectable()
export class OrganisationsLoaders {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(OrganisationPlaceEntity) private readonly links: Repository<OrganisationPlaceEntity>,
    private readonly places: PlacesLoaders,
  ) {}

  byId(context: GqlContext): DataLoader<string, OrganisationEntity> {
    return requestLoader(context, this, () => rowsByIdLoader(this.organisations));
  }

  /** The places a partner serves, by name. */
  placesOf(context: GqlContext): DataLoader<string, PlaceEntity[]> {
    return requestLoader(context, PLACES_OF, () =>
      new DataLoader<string, PlaceEntity[]>(async (organisationIds) => {
        const links = await this.links.findBy({ organisationId: In([...organisationIds]) });
        const places = new Map<string, PlaceEntity>();
        const loaded = await this.places.byId(context).loadMany([...new Set(links.map((l) => l.placeId))]);
        for (const place of loaded) if (!(place instanceof Error)) places.set(place.id, place);
        return organisationIds.map((id) =>
          links
            .filter((l) => l.organisationId === id)
            .map((l) => places.get(l.placeId))
            .filter((p): p is PlaceEntity => p !== undefined)
            .sort((a, b) => a.name.localeCompare(b.name)),
        );
      }),
    );
  }
}
