import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** In one response, the respondent's organisation's view of its relationship with another partner. */
@Entity('relationship_ratings')
export class RelationshipRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @Column({ type: 'date' })
  month!: string;

  @Column({ name: 'from_organisation_id', type: 'uuid' })
  fromOrganisationId!: string;

  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @Column({ type: 'smallint' })
  trust!: number;

  @Column({ type: 'smallint' })
  value!: number;

  @Column({ name: 'contact_frequency', type: 'varchar' })
  contactFrequency!: string;

  @Column({ type: 'varchar' })
  type!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
