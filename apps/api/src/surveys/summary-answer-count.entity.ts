import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many responses gave each answer (1 to 5) to a summary question (direction, alignment, commitment), by system,
 * month, sector, role group and place set: kept in step with survey_responses by the response writer, as
 * practice_score_counts is with the practice scores.
 */
@Entity('summary_answer_counts')
export class SummaryAnswerCountEntity {
  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** A SummaryQuestionKey. */
  @PrimaryColumn({ type: 'varchar' })
  question!: string;

  @PrimaryColumn({ type: 'varchar' })
  sector!: string;

  @PrimaryColumn({ name: 'role_group', type: 'varchar' })
  roleGroup!: string;

  /** Sorted, so one place set has one spelling. */
  @PrimaryColumn({ name: 'place_ids', type: 'uuid', array: true })
  placeIds!: string[];

  /** Responses that answered 1, 2, 3, 4 and 5. */
  @Column({ type: 'int', array: true })
  counts!: number[];
}
