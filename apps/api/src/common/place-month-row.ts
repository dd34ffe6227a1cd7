import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** A row about one place (or the whole system when placeId is null) of a system in one month: a kept figure, or a board pack asked for. */
export abstract class PlaceMonthKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** The 1st of the month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;
}

/** A figure kept per place and month, computed at a time. The network's months and the review's kept figures extend it. */
export abstract class PlaceMonthRow extends PlaceMonthKey {
  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
