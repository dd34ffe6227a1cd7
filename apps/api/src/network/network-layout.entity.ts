import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's kept position on the map, in the layout's own units. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

/** The map positions of one month's network (a place's, or the whole system's when placeId is null), computed once and kept. */
@Entity('network_layouts')
export class NetworkLayoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  /** The 1st of the month (yyyy-mm-dd). */
  @Column({ type: 'date' })
  month!: string;

  /** By organisation id. */
  @Column({ type: 'jsonb' })
  positions!: LayoutPositions;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  computedAt!: Date;
}
