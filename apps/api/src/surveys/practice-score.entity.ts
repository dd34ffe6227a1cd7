import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One response's score (1–5) for one of the six practices, with an optional comment. */
@Entity('practice_scores')
export class PracticeScoreEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @PrimaryColumn({ type: 'varchar' })
  practice!: string;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
