import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One submitted response. It keeps the respondent's organisation, sector, places and role group as they were when
 * it was submitted, and nothing that names the person (no person or invitation id).
 */
@Entity('survey_responses')
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  /** The first day of the month surveyed. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar' })
  sector!: string;

  @Column({ name: 'role_group', type: 'varchar' })
  roleGroup!: string;

  @Column({ name: 'place_ids', type: 'uuid', array: true })
  placeIds!: string[];

  @Column({ type: 'smallint', nullable: true })
  direction!: number | null;

  @Column({ type: 'smallint', nullable: true })
  alignment!: number | null;

  @Column({ type: 'smallint', nullable: true })
  commitment!: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
