import { Entity, PrimaryColumn } from 'typeorm';
import { AnswerCountCell } from './answer-count-cell';

/**
 * How many responses gave each score (1 to 5) to a practice, by cell: a summary of practice_scores kept in step by
 * the response writer in the same transaction, so figures read counts, not answers.
 */
@Entity('practice_score_counts')
export class PracticeScoreCountEntity extends AnswerCountCell {
  @PrimaryColumn({ type: 'varchar' })
  practice!: string;
}
