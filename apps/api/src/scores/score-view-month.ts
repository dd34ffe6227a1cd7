import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a rebase and a dismissed suggestion are both about: one chart (a question's series in the view a ScoreFilter
 * selects) at one month.
 */
export abstract class ScoreViewMonth {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  /** A practice's or summary question's key. */
  @Column({ type: 'varchar' })
  practice!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ type: 'varchar', nullable: true })
  sector!: string | null;

  @Column({ name: 'role_group', type: 'varchar', nullable: true })
  roleGroup!: string | null;

  /** The first day of the month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;
}
