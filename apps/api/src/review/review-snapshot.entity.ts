import { Column, Entity } from 'typeorm';
import { PlaceMonthRow } from '../common/place-month-row';
import type { ReviewFigures } from './review-figures';

/** A review's figures for a system (or one place) and month, kept while the inputs' version it was computed at holds. */
@Entity('review_snapshots')
export class ReviewSnapshotEntity extends PlaceMonthRow {
  @Column({ name: 'inputs_version', type: 'bigint' })
  inputsVersion!: string;

  /** The month's survey round as it was (a round closes with time, not with a write). */
  @Column({ name: 'round_state', type: 'varchar' })
  roundState!: string;

  @Column({ type: 'json' })
  figures!: ReviewFigures;
}
