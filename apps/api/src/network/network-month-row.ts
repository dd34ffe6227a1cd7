import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every month the network keeps is about: one network (a place's, or the whole system's when placeId is null)
 * in one month, computed at a time.
 */
export abstract class NetworkMonthRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** The 1st of the month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
