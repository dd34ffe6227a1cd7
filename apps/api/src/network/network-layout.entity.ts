import { Column, Entity } from 'typeorm';
import { PlaceMonthRow } from '../common/place-month-row';

/** A partner's kept position on the map, in the layout's own units. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

/** The map positions of one month's network (a place's, or the whole system's when placeId is null), computed once and kept. */
@Entity('network_layouts')
export class NetworkLayoutEntity extends PlaceMonthRow {
  /** By organisation id. */
  @Column({ type: 'jsonb' })
  positions!: LayoutPositions;
}
