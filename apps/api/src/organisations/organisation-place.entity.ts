import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which places a partner serves. `system_id` is part of both foreign keys, so a link can never cross systems. */
@Entity('organisation_places')
export class OrganisationPlaceEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;
}
