import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ScoreViewMonth } from './score-view-month';

/** A suggested rebase a user dismissed: the suggestion is not offered again for that view and month. */
@Entity('score_rebase_dismissals')
export class ScoreRebaseDismissalEntity extends ScoreViewMonth {
  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true })
  dismissedBy!: string | null;

  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt!: Date;
}
