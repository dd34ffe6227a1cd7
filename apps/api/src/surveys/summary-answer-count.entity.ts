import { Entity, PrimaryColumn } from 'typeorm';
import { AnswerCountCell } from './answer-count-cell';

/** How many responses gave each answer (1 to 5) to a summary question (direction, alignment, commitment), by cell. */
@Entity('summary_answer_counts')
export class SummaryAnswerCountEntity extends AnswerCountCell {
  /** A SummaryQuestionKey. */
  @PrimaryColumn({ type: 'varchar' })
  question!: string;
}
