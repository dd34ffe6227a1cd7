import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ScoreViewMonth } from './score-view-month';

/**
 * A rebase of one chart: from `month` on, the view's series has a new period with its own mean and limits. Who set
 * it, when and why are kept; withdrawing it sets `withdrawnAt`, never removes the row.
 */
@Entity('score_rebases')
export class ScoreRebaseEntity extends ScoreViewMonth {
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** The user who set it. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;
}
